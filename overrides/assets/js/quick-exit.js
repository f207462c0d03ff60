// Quick exit ("Keluar cepat"), after GOV.UK's "Exit this page" component.
// The link works without JavaScript; this adds: Shift pressed 3 times, the page blanked at once,
// location.replace (the page leaves the history), and a "dt:exit" event so tools drop their answers.
(() => {
  "use strict";
  const DEFAULTS = Object.freeze({ presses: 3, windowMs: 2000 });
  const root = document.querySelector("[data-qe]");
  if (!root || root.dataset.qeReady) return;
  root.dataset.qeReady = "true";
  const link = root.querySelector("[data-qe-link]");

  function exit(event) {
    if (event) event.preventDefault();
    document.dispatchEvent(new CustomEvent("dt:exit"));
    document.documentElement.classList.add("qe-exiting");
    document.title = "";
    window.location.replace(link.href);
  }

  let presses = 0;
  let timer = 0;
  document.addEventListener("keyup", (event) => {
    if (event.key !== "Shift") { presses = 0; return; }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(() => { presses = 0; }, DEFAULTS.windowMs);
    if (presses >= DEFAULTS.presses) exit();
  });
  link.addEventListener("click", exit);
  // A page restored from the back/forward cache after an exit must not show anything.
  window.addEventListener("pageshow", (event) => {
    if (event.persisted && document.documentElement.classList.contains("qe-exiting")) exit();
  });
})();
