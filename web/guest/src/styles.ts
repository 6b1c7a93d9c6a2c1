/** The portal's whole style: small enough to travel in the script, phone first. */
export const PORTAL_CSS = `
:root { color-scheme: light; --ink: #1c2321; --muted: #4d5955; --line: #d5dbd8; --brand: #0f5c4d; --soft: #f6f7f5; --warn: #7a4d00; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--soft); }
main { max-width: 560px; margin: 0 auto; padding: 12px 12px 48px; }
header.top { padding: 18px 4px 8px; }
header.top h1 { margin: 0; font-size: 22px; }
header.top p { margin: 4px 0 0; color: var(--muted); }
section { background: #fff; border: 1px solid var(--line); border-radius: 14px; padding: 14px; margin-top: 12px; }
section h2 { margin: 0 0 10px; font-size: 18px; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; margin: 0; }
dt { color: var(--muted); } dd { margin: 0; text-align: right; overflow-wrap: anywhere; }
label { display: block; margin: 10px 0 4px; font-weight: 600; font-size: 15px; }
input, select, textarea { width: 100%; min-height: 44px; padding: 8px 10px; border: 1px solid #8a9893; border-radius: 10px; font: inherit; color: var(--ink); background: #fff; }
textarea { min-height: 80px; }
input[type=checkbox] { width: 22px; min-height: 22px; height: 22px; margin: 0 8px 0 0; vertical-align: middle; }
.check { display: flex; align-items: center; font-weight: 600; }
fieldset { border: 1px solid var(--line); border-radius: 10px; margin: 10px 0; padding: 4px 10px 10px; }
legend { font-weight: 700; padding: 0 4px; }
button, .button { display: inline-flex; align-items: center; justify-content: center; min-height: 44px; padding: 0 16px; border: 0; border-radius: 10px; background: var(--brand); color: #fff; font: inherit; font-weight: 600; text-decoration: none; cursor: pointer; }
button.secondary { background: #fff; color: var(--brand); border: 1px solid var(--brand); }
button[disabled] { opacity: .6; }
.row { display: flex; gap: 8px; align-items: center; justify-content: space-between; flex-wrap: wrap; }
.actions { margin-top: 12px; display: flex; gap: 8px; flex-wrap: wrap; }
.note { color: var(--muted); font-size: 14px; margin: 6px 0 0; }
.ok { color: var(--brand); font-weight: 600; }
.error { color: #a4161a; font-weight: 600; }
.rules { white-space: pre-wrap; background: var(--soft); border-radius: 10px; padding: 8px 10px; max-height: 180px; overflow: auto; }
.scores { display: grid; grid-template-columns: repeat(6, 1fr); gap: 6px; }
.scores button { padding: 0; background: #fff; color: var(--ink); border: 1px solid #8a9893; }
.scores button[aria-pressed=true] { background: var(--brand); color: #fff; border-color: var(--brand); }
.offer { border-top: 1px solid var(--line); padding: 10px 0; }
.offer:first-of-type { border-top: 0; }
.thread { display: flex; flex-direction: column; gap: 6px; margin-bottom: 10px; max-height: 320px; overflow-y: auto; }
.bubble { max-width: 85%; padding: 8px 12px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; background: var(--soft); border: 1px solid var(--line); }
.bubble.guest { align-self: flex-end; background: var(--brand); color: #fff; border-color: var(--brand); }
a { color: var(--brand); }
:focus-visible { outline: 3px solid #2f7de1; outline-offset: 2px; }
`;
