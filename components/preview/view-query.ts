import type { Theme, Width } from '@/components/block-kit';

/** Reads `?theme=dark&width=mobile`; anything else falls back to light and desktop. */
export function readViewQuery(params: Record<string, string | string[] | undefined>): {
  theme: Theme;
  width: Width;
} {
  return {
    theme: params.theme === 'dark' ? 'dark' : 'light',
    width: params.width === 'mobile' ? 'mobile' : 'desktop',
  };
}

/** Keeps theme and width in the address without a navigation, so reloads and shared links keep them. */
export function writeViewQuery(theme: Theme, width: Width) {
  const params = new URLSearchParams(window.location.search);
  if (theme === 'light') params.delete('theme');
  else params.set('theme', theme);
  if (width === 'desktop') params.delete('width');
  else params.set('width', width);
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
}
