// Material wraps wide tables in a scrolling box at run time. A keyboard user must be able to scroll
// it (WCAG 2.1.1), so each box becomes a focusable, named region.
(() => {
  const mark = () => {
    const boxes = [...document.querySelectorAll(".md-typeset__scrollwrap")];
    boxes.forEach((box, index) => {
      if (box.hasAttribute("tabindex")) return;
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", `Tabel ${index + 1}, dapat digeser ke samping`); // unique per page
    });
  };
  mark();
  new MutationObserver(mark).observe(document.body, { childList: true, subtree: true });
})();
