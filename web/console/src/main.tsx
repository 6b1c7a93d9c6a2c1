import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { LocaleProvider } from "./i18n/i18n";
import { RouterProvider } from "./router";
import { SessionProvider } from "./session";
import { ToastProvider } from "./ui/toast";
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
