import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '@fontsource/lato/400.css';
import '@fontsource/lato/400-italic.css';
import '@fontsource/lato/700.css';
import '@fontsource/lato/900.css';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Homeroom', template: '%s · Homeroom' },
  description: 'Check-in/out, requests and approvals in Slack.',
  // Inline, so browsers do not ask for a /favicon.ico the app does not serve.
  icons: {
    icon: `data:image/svg+xml,${encodeURIComponent(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#4a154b"/><text x="16" y="23" font-family="Arial,sans-serif" font-size="19" font-weight="700" fill="#fff" text-anchor="middle">H</text></svg>',
    )}`,
  },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
