// Glue between a tool's HTML and the Python engine running in a module Web Worker.
// Python decides and renders every view (decision_tools/browser.py); this file only sends what the
// reader did, inserts the HTML it gets back, moves focus, and keeps the answers in memory.
// Nothing is written to storage, the URL, the title (beyond the question) or the history.

const DEFAULTS = Object.freeze({
  stallMs: 20000, // no byte arrives for this long while downloading: treat as stalled
  startMs: 45000, // Python start-up (no download) may take this long on a slow phone
});

function isoToday() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function megabytes(bytes) {
  return (bytes / 1e6).toLocaleString("id-ID", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

class DecisionTool {
  constructor(root) {
    this.root = root;
    this.config = JSON.parse(root.querySelector("script[data-dt-config]").textContent);
    this.app = root.querySelector("[data-dt-app]");
    this.status = root.querySelector("[data-dt-status]");
    this.progress = root.querySelector("[data-dt-progress]");
    this.fallback = root.querySelector("[data-dt-fallback]");
    this.staticForm = root.querySelector("[data-dt-static-wrap]");
    this.pageTitle = document.title;
    this.answers = [];
    this.remembered = {};
    this.kind = "question";
    this.node = this.config.root;
    this.worker = null;
    this.ready = false;
    this.pending = null;
    this.watchdog = 0;
  }

  init() {
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      this.fail("Peramban ini tidak dapat menjalankan alat interaktif.");
      return;
    }
    this.app.hidden = false;
    this.staticForm.hidden = true;
    document.title = `${this.config.firstTitle} - ${this.pageTitle}`;
    this.app.addEventListener("submit", (event) => this.onSubmit(event));
    this.root.addEventListener("click", (event) => this.onClick(event));
    for (const button of this.root.querySelectorAll("[data-dt-action=example]")) button.hidden = false;
    document.addEventListener("dt:exit", () => this.clear());
    window.addEventListener("pagehide", () => this.clear());
    const connection = navigator.connection;
    const fast = !connection || (!connection.saveData && connection.effectiveType === "4g");
    if (fast) {
      this.start();
    } else {
      this.setStatus(`Alat akan mengunduh sekitar ${megabytes(this.config.downloadBytes)} MB saat Anda mulai menjawab.`);
      const intent = () => this.start();
      this.app.addEventListener("focusin", intent, { once: true });
      this.app.addEventListener("pointerdown", intent, { once: true });
    }
  }

  start() {
    if (this.worker) return;
    this.setStatus(`Menyiapkan alat: mengunduh sekitar ${megabytes(this.config.downloadBytes)} MB.`);
    this.progress.hidden = false;
    this.progress.max = this.config.unpackedBytes; // the worker counts bytes after decompression
    this.worker = new Worker(this.config.worker, { type: "module" });
    this.worker.addEventListener("message", (event) => this.onMessage(event.data));
    this.worker.addEventListener("error", () => this.fail("Mesin alat gagal dimuat."));
    this.arm(DEFAULTS.stallMs);
    const absolute = (url) => new URL(url, document.baseURI).href; // the worker resolves against its own URL
    this.worker.postMessage({
      type: "init", runtimeURL: absolute(this.config.runtime), packageURL: absolute(this.config.package),
    });
  }

  arm(ms) {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => this.fail("Pengunduhan mesin alat terhenti."), ms);
  }

  onMessage(message) {
    if (message.type === "progress") {
      this.progress.value = Math.min(message.loaded, this.config.unpackedBytes);
      this.arm(message.phase === "start" ? DEFAULTS.startMs : DEFAULTS.stallMs);
    } else if (message.type === "ready") {
      clearTimeout(this.watchdog);
      this.ready = true;
      this.progress.hidden = true;
      this.setStatus("Alat siap.");
      if (this.pending) this.send(this.pending);
    } else if (message.type === "result") {
      this.show(JSON.parse(message.response));
    } else if (message.type === "error") {
      this.fail("Mesin alat gagal dimuat.");
    }
  }

  send(request) {
    const full = {
      tree: this.config.tree, base: this.config.base, remembered: this.remembered, today: isoToday(), ...request,
    };
    if (!this.ready) {
      this.pending = full;
      this.start();
      this.setStatus("Tunggu sebentar: alat sedang disiapkan. Jawaban Anda sudah dicatat.");
      return;
    }
    this.pending = null;
    this.worker.postMessage({ type: "step", request: JSON.stringify(full) });
  }

  show(response) {
    if (!response.ok) {
      this.fail("Alat tidak dapat memproses jawaban ini.");
      return;
    }
    this.answers = response.answers;
    for (const [question, choice] of response.answers) this.remembered[question] = choice; // kept for Back
    this.kind = response.kind;
    this.node = response.node;
    this.app.innerHTML = response.html;
    document.title = `${response.title} - ${this.pageTitle}`;
    const summary = this.app.querySelector("[data-dt-error-summary]");
    (summary || this.app.querySelector(".dt-heading")).focus();
    if (response.kind === "result") this.setStatus("Hasil sudah ditampilkan di bawah.");
  }

  // Sends what the reader entered, as it is: one id, a list of ids (checkboxes), typed inputs
  // (e.g. dates) or null. Python decides whether it is an answer or an error.
  onSubmit(event) {
    event.preventDefault();
    const form = event.target;
    const checked = [...form.querySelectorAll("input[name=jawaban]:checked")].map((input) => input.value);
    const typed = [...form.querySelectorAll("[data-dt-derive]")].filter((input) => input.value);
    let choice = null;
    if (form.querySelector("input[name=jawaban][type=checkbox]")) choice = checked;
    else if (checked.length) choice = checked[0];
    else if (typed.length) choice = Object.fromEntries(typed.map((input) => [input.name, input.value]));
    this.send({ answers: [...this.answers, [this.node, choice]] });
  }

  onClick(event) {
    const focusLink = event.target.closest("[data-dt-focus]");
    if (focusLink) {
      event.preventDefault(); // never put anything in the URL
      document.getElementById(focusLink.dataset.dtFocus).focus();
      return;
    }
    const control = event.target.closest("[data-dt-action]");
    if (!control) return;
    const action = control.dataset.dtAction;
    if (action === "back") {
      const keep = this.kind === "result" ? this.answers : this.answers.slice(0, -1);
      this.send({ answers: keep });
    } else if (action === "change") {
      const index = this.answers.findIndex(([question]) => question === control.dataset.dtQuestion);
      this.send({ answers: this.answers.slice(0, Math.max(index, 0)) });
    } else if (action === "restart") {
      this.remembered = {};
      this.send({ answers: [] });
    } else if (action === "confirm") {
      this.send({ answers: this.answers, confirm: true });
    } else if (action === "example") {
      this.send({ answers: [], example: control.dataset.dtExample });
    } else if (action === "print") {
      window.print();
    }
  }

  setStatus(text) {
    this.status.textContent = text;
  }

  fail(reason) {
    clearTimeout(this.watchdog);
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.app.hidden = true;
    this.progress.hidden = true;
    this.fallback.hidden = false;
    this.fallback.querySelector("[data-dt-reason]").textContent = reason;
    this.staticForm.hidden = false;
    this.setStatus(`${reason} Gunakan versi langkah demi langkah di bawah.`);
    document.title = this.pageTitle;
  }

  clear() {
    this.answers = [];
    this.remembered = {};
    this.pending = null;
    this.app.innerHTML = "";
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }
}

for (const root of document.querySelectorAll("[data-dt-tool]")) {
  if (!root.dataset.dtReady) {
    root.dataset.dtReady = "true";
    new DecisionTool(root).init();
  }
}
