/** Scoped to the widget's shadow root, so the host page's CSS and ours never meet. */
export const WIDGET_CSS = `
:host { all: initial; font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c2321; }
* { box-sizing: border-box; }
.launcher { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; min-height: 48px; padding: 0 18px; border: 0; border-radius: 24px;
  background: #0f5c4d; color: #fff; font: inherit; font-weight: 600; box-shadow: 0 4px 16px rgba(0,0,0,.25); cursor: pointer; }
.panel { position: fixed; right: 16px; bottom: 76px; z-index: 2147483000; width: min(360px, calc(100vw - 32px)); height: min(520px, calc(100vh - 100px));
  display: flex; flex-direction: column; background: #fff; border-radius: 14px; box-shadow: 0 8px 32px rgba(0,0,0,.3); overflow: hidden; }
.panel[hidden] { display: none; }
header { display: flex; align-items: center; gap: 8px; padding: 12px 14px; background: #0f5c4d; color: #fff; }
header h2 { flex: 1; margin: 0; font-size: 16px; }
header button { min-width: 44px; min-height: 44px; border: 0; background: transparent; color: #fff; font-size: 22px; cursor: pointer; }
.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; background: #f6f7f5; }
.line { max-width: 85%; padding: 8px 12px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.line--guest { align-self: flex-end; background: #0f5c4d; color: #fff; }
.line--assistant, .line--staff { align-self: flex-start; background: #fff; border: 1px solid #d5dbd8; }
.status { padding: 4px 12px; font-size: 13px; color: #8a5a00; background: #fff1c9; }
.status[hidden] { display: none; }
form { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #d5dbd8; }
.attach { display: inline-flex; align-items: center; justify-content: center; min-width: 44px; min-height: 44px; border: 1px solid #d5dbd8; border-radius: 10px; cursor: pointer; font-size: 20px; }
.attach:focus-within { outline: 3px solid #2f7de1; outline-offset: 2px; }
#text { flex: 1; min-width: 0; min-height: 44px; padding: 0 12px; border: 1px solid #d5dbd8; border-radius: 10px; font: inherit; }
form button { min-height: 44px; padding: 0 14px; border: 0; border-radius: 10px; background: #0f5c4d; color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
:focus-visible { outline: 3px solid #2f7de1; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
