/**
 * The article's first screen the server writes into the page's HTML (ADR 037), before `#root`: laid out with the
 * app's classes where the app's own page will be, it is removed when the app takes over (its text mounts), when a
 * screen other than the article's shows instead (the login page), or when an error boundary catches.
 */
export function removeFirstScreen(): void {
  document.getElementById('first-screen')?.remove();
}
