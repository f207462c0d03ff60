// Module Web Worker that runs the Python engine in Pyodide, so the page never freezes.
// It only loads files from the site's own origin. Messages in: {type: "init", ...} then
// {type: "step", request}; out: progress, ready, result, error. The rules live in Python.

const PROGRESS_EVERY_MS = 250;
// Our package stays a zip (stored entries) that Python imports in place: nothing to unpack, and no
// stdlib module (shutil, zipfile...) needed to unpack it.
const PACKAGE_PATH = "/home/pyodide/decision_tools.zip";
let handle = null;
let loaded = 0;
let downloading = 0; // requests whose bodies have not fully arrived
let lastSent = 0;
let lastPhase = "";

// A change of phase is always sent: the page allows a download pause less time than Python's
// start-up, so it must never be left believing downloads are over while one is still waiting.
function progress(phase, force = false) {
  const now = Date.now();
  if (force || phase !== lastPhase || now - lastSent >= PROGRESS_EVERY_MS) {
    lastSent = now;
    lastPhase = phase;
    self.postMessage({ type: "progress", phase, loaded });
  }
}

// Count the bytes of every download (Pyodide's included) so the page can show real progress and
// tell a stalled download from a slow one. The count reads a clone: the response itself stays the
// browser's own, so the wasm is compiled while it streams and its compiled code is cached for the
// next visit (a rebuilt Response would lose both: seconds on every load).
// A failed download is reported at once: Pyodide itself may only log it and wait forever.
const nativeFetch = self.fetch.bind(self);
self.fetch = async (...args) => {
  downloading += 1;
  progress("download"); // a new download (e.g. the wasm after the package) re-arms the stall timer
  let response;
  try {
    response = await nativeFetch(...args);
    if (!response.ok) throw new Error(`HTTP ${response.status} untuk ${response.url}`);
  } catch (error) {
    downloading -= 1;
    self.postMessage({ type: "error", message: String(error) });
    throw error;
  }
  if (response.body) count(response.clone().body.getReader());
  else finished();
  return response;
};

async function count(reader) {
  for (;;) {
    const { done, value } = await reader.read().catch(() => ({ done: true }));
    if (done) break;
    loaded += value.byteLength;
    progress("download");
  }
  finished();
}

// When nothing is left to download, the wait is Python starting (compiling the wasm, importing),
// which the page allows longer than a pause in a download: say so at once.
function finished() {
  downloading -= 1;
  if (downloading === 0) progress("start", true);
}

// runtimeURL and packageURL are absolute and content-hashed (overrides/hooks/browser_runtime.py);
// the package downloads while the runtime does. Exported so bench/stdlib_trace.py runs this same code.
export async function init({ runtimeURL, packageURL }) {
  progress("download", true);
  const archive = self.fetch(packageURL).then((response) => response.arrayBuffer());
  archive.catch(() => {}); // reported by the fetch wrapper; awaited below
  const { loadPyodide } = await import(`${runtimeURL}pyodide.mjs`);
  const pyodide = await loadPyodide({ indexURL: runtimeURL, checkAPIVersion: true });
  progress("start", true);
  pyodide.FS.writeFile(PACKAGE_PATH, new Uint8Array(await archive));
  pyodide.runPython(`import sys; sys.path.insert(0, "${PACKAGE_PATH}")`);
  handle = pyodide.pyimport("decision_tools.browser").handle;
  return pyodide;
}

self.onmessage = async ({ data }) => {
  if (data.type === "init") {
    try {
      await init(data);
      self.postMessage({ type: "ready" });
    } catch (error) {
      self.postMessage({ type: "error", message: String(error && error.message ? error.message : error) });
    }
  } else if (data.type === "step" && handle) {
    self.postMessage({ type: "result", response: handle(data.request) });
  }
};
