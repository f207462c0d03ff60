"""Printable checklists: which shared steps, "Jangan" lines and contacts each one lists.

Why this module exists: a checklist on a clipboard must never drift from the web text or from what
the tools recommend, so a checklist holds no text of its own for its items. Each item is an id in
the shared catalogues (:data:`~decision_tools.steps.STEPS`, including the checklist-only steps of
:mod:`decision_tools.steps.periksa`; :data:`~decision_tools.donts.DONTS`;
:data:`~decision_tools.contacts.CONTACTS`). The web page, the PDF and the tools' printed results are
all rendered from those entries, so an item changed once changes everywhere.

Design choices:

- ``stages`` is a tuple, not one id: "Pendampingan awal" also covers the stage of receiving the
  report, and "Resosialisasi dan terminasi" covers two stages. Rujukan runs through every stage and
  the two cards belong to none, so theirs is empty.
- ``card`` marks the one-page cards (Jangan, kontak); every other checklist fits on one sheet
  (two A4 pages). The tests hold each PDF to that.
- ``blanks`` are the lines written by hand on paper. There is never a blank for the child's
  identity: :func:`problems` refuses a label that asks for it.

:func:`problems` lists every problem at once; the registry adds them to the build check.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import law
from .contacts import CONTACTS
from .donts import DONTS
from .model import Contact, Dont, LegalRef, Ref, StandardRef, Step
from .stages import STAGES
from .steps import STEPS

__all__ = [
    "BUNDLE_SLUG", "CHECKLISTS", "IDENTITY_WORDS", "NO_IDENTITY", "Blank", "Checklist", "ChecklistSection", "Item",
    "item", "item_texts", "problems", "ref_text",
]

Item = Step | Dont | Contact

NO_IDENTITY = ("Tanpa identitas anak: jangan tulis nama, alamat, sekolah, atau foto anak di kertas ini. "
               "Pakai kode kasus.")
BUNDLE_SLUG = "semua-daftar-periksa"  # the "Unduh semua" PDF: daftar-periksa/semua-daftar-periksa.pdf
ID = re.compile(r"^[a-z][a-z0-9_]*$")
SLUG = re.compile(r"^[a-z][a-z0-9-]*$")
# A blank asking for any of these would put the child's identity on paper.
IDENTITY_WORDS = ("nama anak", "nama lengkap", "alamat", "nik", "tanggal lahir", "tempat lahir", "foto",
                  "wajah", "sekolah anak", "nama orang tua")


@dataclass(frozen=True)
class Blank:
    """A line to fill in by hand, e.g. "Tanggal" or "Nomor UPTD PPA setempat"."""

    label: str
    lines: int = 1


@dataclass(frozen=True)
class ChecklistSection:
    id: str  # stable, kebab-case; the HTML anchor is dp-<slug>-<id>
    title: str
    items: tuple[str, ...]  # ids in STEPS, DONTS or CONTACTS, in the order to do them


@dataclass(frozen=True)
class Checklist:
    id: str  # snake_case, used in the shortcode <!-- md:daftar-periksa <id> -->
    slug: str  # kebab-case: docs/daftar-periksa/<slug>.md and daftar-periksa/<slug>.pdf
    title: str  # the page heading, e.g. "Pendampingan awal"
    stages: tuple[str, ...]  # ids in stages.STAGES
    purpose: str  # one or two sentences: who uses it, when
    sections: tuple[ChecklistSection, ...]
    blanks: tuple[Blank, ...] = ()
    card: bool = False

    @property
    def document_title(self) -> str:
        """The PDF's title: cards are named as such, the others are "Daftar periksa: …"."""
        return self.title if self.card else f"Daftar periksa: {self.title}"


def item(item_id: str) -> Item:
    """The catalogue entry behind an item id; ``KeyError`` if none (validation reports it first)."""
    for catalogue in (STEPS, DONTS, CONTACTS):
        if item_id in catalogue:
            return catalogue[item_id]  # type: ignore[return-value]
    raise KeyError(item_id)


def item_texts(entry: Item) -> tuple[str, ...]:
    """The authored lines an item shows wherever it is printed (what the PDF tests look for)."""
    if isinstance(entry, Contact):
        return (entry.name, entry.how, entry.when)
    if isinstance(entry, Dont):
        return (entry.text, entry.why)
    return (entry.text, entry.who)


def ref_text(ref: Ref) -> str:
    """A citation as plain text, the same words as :func:`decision_tools.render.ref_link` shows."""
    if isinstance(ref, StandardRef):
        return ref.label
    instrument = law.by_id(ref.instrument)
    return f"{instrument.short if instrument else ref.instrument} {ref.article}".strip()


# The checklists ------------------------------------------------------------------------------------

_S = ChecklistSection

CHECKLISTS: dict[str, Checklist] = {
    c.id: c
    for c in (
        Checklist(
            "pendampingan_awal", "pendampingan-awal", "Pendampingan awal", ("penerimaan", "pendampingan-awal"),
            "Untuk kontak pertama dengan anak dan keluarga, pada hari kasus diketahui. Berlaku juga untuk anak "
            "yang diduga berkonflik dengan hukum.",
            (
                _S("keselamatan", "Keselamatan dulu", ("keselamatan.hubungi_110", "medis.bawa_ke_layanan",
                                                       "keselamatan.temani_anak", "keselamatan.rumah_aman")),
                _S("dengar", "Dengar dan jelaskan", ("awal.dengarkan", "awal.jelaskan_langkah", "awal.persetujuan",
                                                     "abh.tetap_didampingi")),
                _S("lapor", "Materi, laporan, dan catatan", ("materi.catat_lokasi", "lapor.uptd_ppa", "lapor.polisi",
                                                             "awal.catat_fakta", "periksa.awal_serahkan")),
                _S("jangan", "Jangan", ("jangan.buka_materi", "jangan.interogasi", "jangan.salahkan",
                                        "jangan.konfrontasi")),
            ),
            (Blank("Tanggal dan jam"), Blank("Petugas"), Blank("Kode kasus"), Blank("Nomor UPTD PPA setempat"),
             Blank("Catatan", 2)),
        ),
        Checklist(
            "asesmen", "asesmen", "Asesmen dan rencana layanan", ("asesmen",),
            "Untuk manajer kasus, dari hari pertama sampai rencana layanan disepakati dan ditinjau.",
            (
                _S("awal", "Asesmen awal: hari pertama", ("periksa.asesmen_kumpulkan", "asesmen.awal",
                                                          "periksa.asesmen_risiko", "rencana.konferensi_darurat")),
                _S("lanjutan", "Asesmen lanjutan: minggu pertama", ("periksa.asesmen_lanjutan",
                                                                     "asesmen.dukungan_psikologis",
                                                                     "asesmen.laporan_sosial", "abh.libatkan_pk",
                                                                     "rencana.disabilitas")),
                _S("rencana", "Rencana layanan", ("rencana.manajer_kasus", "periksa.asesmen_rencana",
                                                  "rencana.konferensi", "rencana.tinjau",
                                                  "periksa.asesmen_bagikan")),
                _S("jangan", "Jangan", ("jangan.interogasi", "jangan.buka_materi")),
            ),
            (Blank("Tanggal asesmen awal"), Blank("Tingkat risiko: tinggi / sedang / rendah"),
             Blank("Manajer kasus"), Blank("Tanggal konferensi kasus"), Blank("Tanggal tinjau berikutnya")),
        ),
        Checklist(
            "hukum_anak_korban", "hukum-anak-korban", "Pendampingan hukum bagi anak korban", ("pendampingan",),
            "Untuk pendamping anak korban atau anak saksi, dari laporan ke polisi sampai putusan dan restitusi.",
            (
                _S("laporan", "Laporan", ("periksa.hukum_jelaskan_hak", "lapor.polisi", "periksa.hukum_bukti_lapor",
                                          "materi.catat_lokasi")),
                _S("pemeriksaan", "Pemeriksaan", ("lapor.pendamping_saat_diperiksa", "periksa.hukum_pemeriksaan",
                                                  "asesmen.laporan_sosial")),
                _S("perlindungan", "Perlindungan dan hak", ("rencana.perlindungan_lpsk", "rahasia.jaga_identitas",
                                                            "materi.lapor_penghapusan", "rencana.restitusi",
                                                            "periksa.hukum_sampai_putusan")),
                _S("jangan", "Jangan", ("jangan.damai", "jangan.interogasi", "jangan.sebar_identitas")),
            ),
            (Blank("Nomor tanda bukti lapor"), Blank("Penyidik"), Blank("Pendamping"),
             Blank("Jadwal pemeriksaan atau sidang"), Blank("Catatan", 2)),
        ),
        Checklist(
            "hukum_anak_berkonflik", "hukum-anak-berkonflik",
            "Pendampingan hukum bagi anak yang berkonflik dengan hukum", ("pendampingan",),
            "Untuk pendamping anak yang diduga melakukan tindak pidana yang berkaitan dengan materi kekerasan "
            "seksual terhadap anak. Periksa dulu apakah anak ini sebenarnya korban.",
            (
                _S("kontak-pertama", "Kontak pertama", ("sppa.korban_bukan_pelaku", "sppa.pastikan_usia",
                                                        "abh.tetap_didampingi", "abh.bantuan_hukum")),
                _S("bapas", "Bapas dan penahanan", ("abh.libatkan_pk", "sppa.keputusan_di_bawah_12",
                                                    "periksa.abh_cegah_penahanan")),
                _S("diversi", "Diversi", ("sppa.tanyakan_sangkaan", "sppa.diversi_wajib", "sppa.persetujuan_korban",
                                          "sppa.kesepakatan_penetapan")),
                _S("sesudah", "Selama dan sesudah perkara", ("abh.sekolah_tetap", "periksa.abh_setelah_perkara")),
                _S("jangan", "Jangan", ("jangan.sebar_identitas", "jangan.keluarkan_sekolah")),
            ),
            (Blank("Penasihat hukum"), Blank("PK Bapas"), Blank("Tanggal permintaan Litmas"),
             Blank("Tanggal mulai diversi"), Blank("Catatan", 2)),
        ),
        Checklist(
            "pemulihan", "pemulihan", "Pemulihan", ("pemulihan",),
            "Untuk manajer kasus, psikolog, dan Peksos selama pemulihan kesehatan fisik, mental, dan sosial. "
            "Pemulihan tidak menunggu perkara selesai.",
            (
                _S("rencana", "Rencana", ("periksa.pulih_rencana", "rencana.tinjau")),
                _S("fisik-mental", "Kesehatan fisik dan mental", ("rencana.medis", "rencana.psikologis_lanjut",
                                                                  "periksa.pulih_keselamatan",
                                                                  "periksa.pulih_psikiater")),
                _S("sosial", "Pemulihan sosial", ("periksa.pulih_rehabilitasi_sosial", "rencana.keluarga",
                                                  "rencana.ekonomi", "periksa.pulih_abh_sama")),
                _S("hak", "Hak anak", ("rencana.restitusi", "materi.simpan_tiket")),
                _S("jangan", "Jangan", ("jangan.interogasi", "jangan.buka_materi", "jangan.tutup_administratif")),
            ),
            (Blank("Psikolog"), Blank("Pekerja Sosial"), Blank("Jadwal kontrol dan terapi"),
             Blank("Tanggal tinjau berikutnya"), Blank("Catatan", 2)),
        ),
        Checklist(
            "resosialisasi_terminasi", "resosialisasi-terminasi", "Resosialisasi dan terminasi",
            ("resosialisasi", "terminasi"),
            "Untuk menyiapkan anak kembali ke sekolah, lingkungan, dan kehidupan daring, lalu menutup layanan "
            "dengan aman.",
            (
                _S("resosialisasi", "Resosialisasi", ("periksa.reso_siapkan_anak", "periksa.reso_sekolah",
                                                      "terminasi.lanjut_resosialisasi",
                                                      "terminasi.tangani_perundungan")),
                _S("terminasi", "Terminasi", ("terminasi.periksa_kriteria", "terminasi.tanya_anak_ortu",
                                              "terminasi.konferensi", "terminasi.sesi_penutupan_anak",
                                              "terminasi.sesi_penutupan_ortu", "terminasi.alihkan_layanan",
                                              "terminasi.tutup_berkas", "terminasi.bimbingan_lanjut")),
                _S("jangan", "Jangan", ("jangan.umumkan", "jangan.tutup_sepihak", "jangan.tutup_administratif")),
            ),
            (Blank("Tanggal konferensi terminasi"), Blank("Petugas bimbingan lanjut"),
             Blank("Bimbingan lanjut: 1 bulan / 3 bulan / 6 bulan (tanggal)")),
        ),
        Checklist(
            "rujukan", "rujukan", "Rujukan", (),
            "Untuk setiap rujukan ke lembaga lain, di tahap mana pun. Simpan bersama berkas rujukan.",
            (
                _S("sebelum", "Sebelum merujuk", ("periksa.rujuk_kebutuhan", "periksa.rujuk_persetujuan",
                                                  "periksa.rujuk_hubungi", "periksa.rujuk_surat")),
                _S("merujuk", "Merujuk dan menindaklanjuti", ("rencana.rujukan_hangat", "periksa.rujuk_tindak_lanjut",
                                                              "periksa.rujuk_catat")),
                _S("jangan", "Jangan", ("jangan.buka_materi", "jangan.sebar_identitas")),
            ),
            (Blank("Lembaga penerima"), Blank("Petugas penerima dan nomornya"), Blank("Tanggal rujukan"),
             Blank("Tanggal tindak lanjut"), Blank("Hasil", 2)),
        ),
        Checklist(
            "jangan", "jangan", "Kartu Jangan", (),
            "Yang tidak boleh dilakukan siapa pun terhadap anak atau materi. Tempel di kantor, bawa saat "
            "kunjungan.",
            (
                _S("materi", "Materi", ("jangan.buka_materi", "jangan.cari_materi", "jangan.hapus_bukti",
                                        "jangan.tebus")),
                _S("anak", "Anak", ("jangan.interogasi", "jangan.salahkan", "jangan.pertemukan",
                                    "jangan.keluarkan_sekolah")),
                _S("kasus", "Kasus", ("jangan.sebar_identitas", "jangan.umumkan", "jangan.konfrontasi",
                                      "jangan.damai", "jangan.tunda_laporan")),
            ),
            card=True,
        ),
        Checklist(
            "kontak", "kontak", "Kartu kontak", (),
            "Saluran nasional untuk kasus anak, dan tempat menulis nomor setempat. Perbarui nomor setempat "
            "setiap enam bulan.",
            (
                _S("darurat", "Darurat", ("polisi_110", "igd")),
                _S("bantuan", "Melapor dan minta bantuan", ("sapa_129", "uptd_ppa", "lpsk_148")),
                _S("materi", "Materi di internet", ("aduan_konten",)),
            ),
            (Blank("UPTD PPA setempat"), Blank("Unit PPA Polres setempat"), Blank("Puskesmas atau rumah sakit"),
             Blank("Dinas Sosial atau Peksos"), Blank("Bapas"), Blank("Pendamping kasus"),
             Blank("Nomor diperbarui tanggal")),
            card=True,
        ),
    )
}


# Validation ----------------------------------------------------------------------------------------


def problems() -> list[str]:
    """Every problem in every checklist, one line each (unknown or duplicate ids, identity blanks)."""
    found: list[str] = []
    for field in ("id", "slug"):
        values = Counter(getattr(c, field) for c in CHECKLISTS.values())
        found += [f"daftar periksa: {field} '{v}' dipakai {n} kali" for v, n in values.items() if n > 1]
    stage_ids = {s.id for s in STAGES}
    covered = {stage for c in CHECKLISTS.values() for stage in c.stages}
    found += [f"daftar periksa: tahap '{s.id}' tidak punya daftar periksa" for s in STAGES if s.id not in covered]
    for checklist in CHECKLISTS.values():
        found += _checklist_problems(checklist, stage_ids)
    return found


def _checklist_problems(checklist: Checklist, stage_ids: set[str]) -> list[str]:
    where = f"daftar periksa {checklist.id}"
    out = []
    if not ID.match(checklist.id):
        out.append(f"{where}: id tidak sah (huruf kecil, angka, garis bawah)")
    if not SLUG.match(checklist.slug) or checklist.slug == BUNDLE_SLUG:
        out.append(f"{where}: slug '{checklist.slug}' tidak sah atau sudah dipakai berkas gabungan")
    out += [f"{where}: tahap '{s}' tidak ada di decision_tools/stages.py" for s in checklist.stages
            if s not in stage_ids]
    if checklist.card and checklist.stages:
        out.append(f"{where}: kartu tidak terikat pada tahap layanan")
    if not checklist.sections:
        out.append(f"{where}: tidak punya bagian")
    section_ids = Counter(s.id for s in checklist.sections)
    out += [f"{where}: bagian '{s}' muncul {n} kali" for s, n in section_ids.items() if n > 1]
    seen: set[str] = set()
    for section in checklist.sections:
        if not SLUG.match(section.id):
            out.append(f"{where}.{section.id}: id bagian tidak sah (huruf kecil, angka, tanda hubung)")
        if not section.items:
            out.append(f"{where}.{section.id}: bagian tanpa butir")
        for item_id in section.items:
            out += _item_problems(f"{where}.{section.id}", item_id, seen)
            seen.add(item_id)
    for blank in checklist.blanks:
        asked = [w for w in IDENTITY_WORDS if re.search(rf"\b{w}\b", blank.label.lower())]
        if asked:
            out.append(f"{where}: isian '{blank.label}' meminta identitas anak ({', '.join(asked)})")
        if blank.lines < 1:
            out.append(f"{where}: isian '{blank.label}' perlu sekurang-kurangnya satu baris")
    return out


def _item_problems(where: str, item_id: str, seen: set[str]) -> list[str]:
    homes = [name for name, catalogue in (("langkah", STEPS), ("larangan", DONTS), ("kontak", CONTACTS))
             if item_id in catalogue]
    if not homes:
        return [f"{where}: butir '{item_id}' tidak ada di katalog langkah, larangan, atau kontak"]
    out = []
    if len(homes) > 1:
        out.append(f"{where}: butir '{item_id}' ada di lebih dari satu katalog ({', '.join(homes)})")
    if item_id in seen:
        out.append(f"{where}: butir '{item_id}' muncul dua kali dalam satu daftar periksa")
    entry = item(item_id)
    refs = () if isinstance(entry, Contact) else entry.refs
    out += [f"{where}: butir '{item_id}' merujuk dasar hukum '{r.instrument}' yang tidak terdaftar"
            for r in refs if isinstance(r, LegalRef) and law.by_id(r.instrument) is None]
    return out
