/** The backdrop of the pages before login (login, first-run setup): one card in the middle. */
import type { ReactNode } from 'react';

export function CenteredCard({ children }: { children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(180deg, #e9f0fb 0%, #f5f7fa 100%)' }}>
      {children}
    </div>
  );
}
