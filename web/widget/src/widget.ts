import { ChatBusyError, ChatClient, ReceiptRefusedError, type ChatLine } from "./chat-client";
import { WIDGET_TEXT, widgetLang } from "./messages";
import { WIDGET_CSS } from "./styles";

/**
 * Embeds the guest chat on a lodging's website:
 *   <script src="https://<posada>/chat-widget.js" data-tenant="cabanas-del-lago" data-lang="es" async></script>
 * It talks to the same conversation as the console sees, and keeps the thread across page loads.
 */
function mount(script: HTMLScriptElement) {
  const tenant = script.dataset.tenant;
  if (!tenant) {
    console.error("Posada chat: add data-tenant=\"<your lodging's slug>\" to the script tag");
    return;
  }
  const base = new URL(script.src).origin;
  const lang = widgetLang(script.dataset.lang);
  const text = WIDGET_TEXT[lang];

  const host = document.createElement("div");
  host.id = "posada-chat";
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML = `
    <style>${WIDGET_CSS}</style>
    <button class="launcher" type="button" aria-expanded="false" aria-controls="panel"></button>
    <section class="panel" id="panel" role="dialog" aria-labelledby="title" hidden>
      <header><h2 id="title"></h2><button type="button" class="close"></button></header>
      <div class="log" role="log" aria-live="polite"></div>
      <p class="status" role="status" hidden></p>
      <form><label class="attach"><span aria-hidden="true">📎</span><input type="file" class="visually-hidden" accept="image/jpeg,image/png,image/webp,application/pdf" /></label><label class="visually-hidden" for="text"></label><input id="text" autocomplete="off" maxlength="2000" /><button type="submit"></button></form>
    </section>`;
  const launcher = root.querySelector<HTMLButtonElement>(".launcher")!;
  const panel = root.querySelector<HTMLElement>(".panel")!;
  const closeButton = root.querySelector<HTMLButtonElement>(".close")!;
  const log = root.querySelector<HTMLElement>(".log")!;
  const status = root.querySelector<HTMLElement>(".status")!;
  const form = root.querySelector<HTMLFormElement>("form")!;
  const input = root.querySelector<HTMLInputElement>("#text")!;
  const attach = root.querySelector<HTMLLabelElement>(".attach")!;
  const fileInput = attach.querySelector<HTMLInputElement>("input")!;
  launcher.textContent = text.open;
  root.querySelector("#title")!.textContent = text.title;
  closeButton.textContent = "×";
  closeButton.setAttribute("aria-label", text.close);
  root.querySelector("label[for=text]")!.textContent = text.placeholder;
  fileInput.setAttribute("aria-label", text.attach);
  attach.title = text.attach;
  input.placeholder = text.placeholder;
  form.querySelector("button")!.textContent = text.send;

  const shown = new Set<string>();
  const show = (line: ChatLine) => {
    if (shown.has(line.id)) return;
    shown.add(line.id);
    const bubble = document.createElement("p");
    bubble.className = `line line--${line.author}`;
    bubble.setAttribute("aria-label", `${line.author === "guest" ? text.you : text.us}: ${line.text}`);
    bubble.textContent = line.text;
    log.append(bubble);
    log.scrollTop = log.scrollHeight;
  };
  const client = new ChatClient(base, tenant, lang, show, (open) => {
    status.hidden = open;
    status.textContent = open ? "" : text.offline;
  });

  let resumed = false;
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", String(open));
    if (open) {
      input.focus();
      if (!resumed) {
        resumed = true;
        void client.resume();
      }
    } else launcher.focus();
  };
  launcher.addEventListener("click", () => setOpen(panel.hidden));
  closeButton.addEventListener("click", () => setOpen(false));
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") setOpen(false);
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const message = input.value.trim();
    if (!message) return;
    input.value = "";
    show({ id: `guest-${Date.now()}`, author: "guest", text: message });
    try {
      await client.send(message);
      status.hidden = client.live;
    } catch (error) {
      status.hidden = false;
      // Too many messages: a polite word in the guest's language, not an error to retry at once.
      status.textContent = error instanceof ChatBusyError ? text.slowDown : text.error;
      input.value = message;
    }
  });
  // A transfer receipt: the photo or PDF goes as it is; staff check it against the account.
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    show({ id: `receipt-${Date.now()}`, author: "guest", text: text.attached.replace("{name}", file.name) });
    try {
      await client.sendReceipt(file);
      status.hidden = client.live;
    } catch (error) {
      status.hidden = false;
      status.textContent =
        error instanceof ReceiptRefusedError
          ? { 409: text.noHoldForReceipt, 413: text.receiptTooLarge, 415: text.receiptType }[error.status]
          : error instanceof ChatBusyError
            ? text.slowDown
            : text.error;
    }
  });
  document.body.append(host);
}

const script = document.currentScript as HTMLScriptElement | null;
if (script) {
  if (document.body) mount(script);
  else document.addEventListener("DOMContentLoaded", () => mount(script));
}
