import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { LocaleProvider } from "./i18n/i18n";
import { RouterProvider } from "./router";
import { SessionProvider } from "./session";
import { ToastProvider } from "./ui/toast";
import { loadPhoneFormatter } from "./ui/phone-number";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <LocaleProvider>
      <RouterProvider>
        <SessionProvider>
          <ToastProvider>
            <App />
          </ToastProvider>
        </SessionProvider>
      </RouterProvider>
    </LocaleProvider>
  </StrictMode>,
);

// Phones are written the way people read them once the formatter is here: it is fetched when the
// browser is idle after the first view, so the screens that list guests rarely show a raw number.
const whenIdle = (task: () => void) => ("requestIdleCallback" in window ? window.requestIdleCallback(task, { timeout: 5_000 }) : setTimeout(task, 2_000));
whenIdle(() => void loadPhoneFormatter());
