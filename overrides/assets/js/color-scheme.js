// Light or dark, following the device setting; nothing is stored (Material's palette toggle would
// write the choice to localStorage). Runs before the page paints.
(() => {
  const dark = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = () => document.body.setAttribute("data-md-color-scheme", dark.matches ? "slate" : "default");
  apply();
  dark.addEventListener("change", apply);
})();
