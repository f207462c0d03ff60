// "Simpan untuk luring": the reader's explicit choice to keep a copy of the whole site on this device,
// and "Hapus salinan luring" to remove every cache and the service worker. Nothing is stored before
// the choice. The control shows what is stored and how big it is.
const PREFIX = "luring-";

function megabytes(bytes) {
  return (bytes / 1e6).toLocaleString("id-ID", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

class OfflineCopy {
  constructor(root) {
    this.root = root;
    this.base = new URL(root.dataset.offlineBase, location.href);
    this.status = root.querySelector("[data-offline-status]");
    this.progress = root.querySelector("[data-offline-progress]");
    this.saveButton = root.querySelector("[data-offline-save]");
    this.deleteButton = root.querySelector("[data-offline-delete]");
  }

  async init() {
    if (!("serviceWorker" in navigator) || !("caches" in window)) {
      this.status.textContent = "Peramban ini tidak mendukung salinan luring.";
      return;
    }
    this.manifest = await (await fetch(new URL("offline-manifest.json", this.base), { cache: "no-store" })).json();
    this.saveButton.hidden = false;
    this.saveButton.addEventListener("click", () => this.save());
    this.deleteButton.addEventListener("click", () => this.remove());
    await this.describe();
  }

  async stored() {
    const names = await caches.keys(); // this site creates no other cache: every one is part of the copy
    const registrations = await navigator.serviceWorker.getRegistrations();
    return { names, registrations };
  }

  async describe() {
    const { names, registrations } = await this.stored();
    const total = megabytes(this.manifest.bytes);
    if (!names.length && !registrations.length) {
      this.deleteButton.hidden = true;
      this.status.textContent = `Belum ada salinan luring. Menyimpan akan memakai sekitar ${total} MB di perangkat ini.`;
      return;
    }
    this.deleteButton.hidden = false;
    const current = names.includes(PREFIX + this.manifest.version);
    const files = current ? (await (await caches.open(PREFIX + this.manifest.version)).keys()).length : 0;
    this.status.textContent = current
      ? `Tersimpan di perangkat ini: ${files} berkas, sekitar ${total} MB, dan satu service worker.`
      : "Ada salinan luring versi lama. Simpan lagi untuk memperbarui, atau hapus.";
  }

  async save() {
    this.saveButton.disabled = true;
    this.progress.hidden = false;
    this.progress.max = this.manifest.bytes;
    const name = PREFIX + this.manifest.version;
    try {
      await navigator.serviceWorker.register(new URL("sw.js", this.base), { scope: this.base.pathname });
      const cache = await caches.open(name);
      let done = 0;
      for (const file of this.manifest.files) {
        const url = new URL(file.url, this.base);
        const response = await fetch(url, { cache: "no-store" });
        if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
        await cache.put(url, response);
        done += file.bytes;
        this.progress.value = done;
        this.status.textContent = `Menyimpan: ${megabytes(done)} dari ${megabytes(this.manifest.bytes)} MB.`;
      }
      for (const old of (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== name)) {
        await caches.delete(old);
      }
      this.root.dataset.offlineState = "saved";
    } catch (error) {
      this.status.textContent = `Penyimpanan gagal (${error.message}). Tidak ada yang tertinggal.`;
      await this.remove(false);
      return;
    } finally {
      this.saveButton.disabled = false;
      this.progress.hidden = true;
    }
    await this.describe();
  }

  async remove(describe = true) {
    const { names, registrations } = await this.stored();
    await Promise.all([...names.map((n) => caches.delete(n)), ...registrations.map((r) => r.unregister())]);
    this.root.dataset.offlineState = "deleted";
    if (describe) await this.describe();
  }
}

for (const root of document.querySelectorAll("[data-offline]")) {
  if (!root.dataset.offlineReady) {
    root.dataset.offlineReady = "true";
    new OfflineCopy(root).init();
  }
}
