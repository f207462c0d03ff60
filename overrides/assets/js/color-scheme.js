// Light or dark, following the device setting; nothing is stored (Material's palette toggle would
// write the choice to localStorage). Paper is always light: a printout in the dark scheme would put
// light text on a white sheet.
// Loaded at the top of <head>, before the stylesheets: a script after them would wait for them, and
// hold back the parser (and the tool's start) on a slow link. The <body> does not exist yet, so the
// scheme is set the moment the parser adds it, in the same task: before anything is painted.
(() => {
  const dark = window.matchMedia("(prefers-color-scheme: dark)");
  const print = window.matchMedia("print");
  let printing = false;
  const apply = () => document.body && document.body.setAttribute(
    "data-md-color-scheme", dark.matches && !printing && !print.matches ? "slate" : "default");
  if (document.body) {
    apply();
  } else {
    const observer = new MutationObserver(() => {
      if (document.body) {
        observer.disconnect();
        apply();
      }
    });
    observer.observe(document.documentElement, { childList: true });
  }
  dark.addEventListener("change", apply);
  print.addEventListener("change", apply);
  window.addEventListener("beforeprint", () => { printing = true; apply(); });
  window.addEventListener("afterprint", () => { printing = false; apply(); });
})();
