// Module Web Worker that runs the Python engine in Pyodide, so the page never freezes.
// It only loads files from the site's own origin. Messages in: {type: "init", ...} then
// {type: "step", request}; out: progress, ready, result, error. The rules live in Python.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const PROGRESS_EVERY_MS = 250;
let handle = null;
let loaded = 0;
let lastSent = 0;

function progress(phase, force = false) {
  const now = Date.now();
  if (force || now - lastSent >= PROGRESS_EVERY_MS) {
    lastSent = now;
    self.postMessage({ type: "progress", phase, loaded });
  }
}

// Count the bytes of every download (Pyodide's included) so the page can show real progress and
// tell a stalled download from a slow one.
// A failed download is reported at once: Pyodide itself may only log it and wait forever.
const nativeFetch = self.fetch.bind(self);
self.fetch = async (...args) => {
  let response;
  try {
    response = await nativeFetch(...args);
    if (!response.ok) throw new Error(`HTTP ${response.status} untuk ${response.url}`);
  } catch (error) {
    self.postMessage({ type: "error", message: String(error) });
    throw error;
  }
  if (!response.body) return response;
  const counter = new TransformStream({
    transform(chunk, controller) {
      loaded += chunk.byteLength;
      progress("download");
      controller.enqueue(chunk);
    },
  });
  return new Response(response.body.pipeThrough(counter), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};

async function init({ runtimeURL, packageURL }) {
  progress("download", true);
  const pyodide = await loadPyodide({ indexURL: runtimeURL, checkAPIVersion: true });
  progress("start", true);
  const archive = await (await self.fetch(packageURL)).arrayBuffer();
  pyodide.unpackArchive(archive, "zip", { extractDir: "/home/pyodide/situs" });
  pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/situs')");
  handle = pyodide.pyimport("decision_tools.browser").handle;
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
