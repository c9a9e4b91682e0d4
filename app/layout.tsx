import type { Metadata, Viewport } from "next";
import { ToastProvider } from "./components/ui/Toast";
import { ZodJitless } from "./components/ZodJitless";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Parallax", template: "%s · Parallax" },
  description: "Build a chronology together from sources that disagree.",
};

/**
 * Every page renders per request: the Content-Security-Policy carries a fresh
 * script nonce (proxy.ts), which Next can only put on pages it renders then.
 */
export const dynamic = "force-dynamic";

export const viewport: Viewport = { themeColor: "#f7f7f5" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <ZodJitless />
        <ToastProvider>{children}</ToastProvider>
      </body>
    </html>
  );
}
