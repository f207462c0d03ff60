// Light or dark, following the device setting; nothing is stored (Material's palette toggle would
// write the choice to localStorage). Runs before the page paints. Paper is always light: a printout
// in the dark scheme would put light text on a white sheet.
(() => {
  const dark = window.matchMedia("(prefers-color-scheme: dark)");
  const print = window.matchMedia("print");
  let printing = false;
  const apply = () => document.body.setAttribute(
    "data-md-color-scheme", dark.matches && !printing && !print.matches ? "slate" : "default");
  apply();
  dark.addEventListener("change", apply);
  print.addEventListener("change", apply);
  window.addEventListener("beforeprint", () => { printing = true; apply(); });
  window.addEventListener("afterprint", () => { printing = false; apply(); });
})();
