"""Rencana layanan: from the needs found in an assessment to one merged service plan.

Why this tree exists: a child usually needs several services at once, and each need brings its
own steps, some shared (a police report serves both the legal and the removal need). The worker
ticks every need that applies; the engine merges the steps of all of them with the case-
management steps, removes duplicates, and orders them by urgency, so the plan names each step
once with who does it and how soon. A high risk adds an emergency case conference first.
"""

from __future__ import annotations

from ..model import Example, Option, Outcome, Question, Tree, Urgency
from ..sections import legal, section

__all__ = ["TREE"]

_ASESMEN = section("pendampingan/asesmen", "cara", "2.2", "Asesmen")
_RISIKO = section("pendampingan/asesmen", "tingkat-risiko", "2.2.4", "Tingkat risiko")


def _need(oid: str, label: str, steps: tuple[str, ...], hint: str = "") -> Option:
    return Option(oid, label, "q_risiko", hint=hint, steps=steps)


QUESTIONS = (
    Question(
        "q_kebutuhan", "Kebutuhan apa saja yang ditemukan dalam asesmen?",
        why="Setiap kebutuhan membawa layanannya sendiri. Rencana yang satu mencegah anak ditanya berulang kali "
            "dan mencegah dua lembaga mengerjakan hal yang sama.",
        hint="Centang semua yang berlaku.",
        multiple=True,
        options=(
            _need("medis", "Perawatan medis atau pemeriksaan medikolegal", ("rencana.medis", "medis.nakes_melapor")),
            _need("psikologis", "Dukungan psikologis", ("asesmen.dukungan_psikologis", "rencana.psikologis_lanjut")),
            _need("hukum_korban", "Pendampingan hukum sebagai korban atau saksi",
                  ("lapor.polisi", "lapor.pendamping_saat_diperiksa", "rencana.perlindungan_lpsk")),
            _need("hukum_abh", "Pendampingan hukum sebagai anak yang berkonflik dengan hukum",
                  ("abh.libatkan_pk", "abh.bantuan_hukum", "rencana.jalur_abh")),
            _need("keamanan", "Keamanan atau tempat tinggal sementara",
                  ("keselamatan.rumah_aman", "rencana.keselamatan")),
            _need("pendidikan", "Kelanjutan sekolah", ("abh.sekolah_tetap",)),
            _need("keluarga", "Dukungan bagi keluarga", ("rencana.keluarga", "awal.persetujuan")),
            _need("materi", "Penghapusan materi yang beredar", ("materi.catat_lokasi", "materi.lapor_penghapusan")),
            _need("restitusi", "Restitusi (ganti kerugian)", ("rencana.restitusi",)),
            _need("disabilitas", "Dukungan disabilitas", ("rencana.disabilitas",),
                  hint="Misalnya juru bahasa isyarat atau komunikasi yang mudah dipahami."),
            _need("ekonomi", "Bantuan ekonomi atau praktis", ("rencana.ekonomi",)),
            _need("tidak_tahu", "Belum tahu: asesmen belum selesai", ("asesmen.awal", "asesmen.laporan_sosial")),
        ),
        refs=(_ASESMEN, legal("pp-40-2011", "Pasal 10"), legal("perpres-55-2024")),
    ),
    Question(
        "q_risiko", "Apakah asesmen menemukan risiko tinggi?",
        why="Risiko tinggi (bahaya dari orang dekat, ancaman, keinginan menyakiti diri) mengubah urutan: "
            "keselamatan dan konferensi kasus darurat didahulukan.",
        options=(
            Option("ya", "Ya, risiko tinggi", "h_rencana_segera"),
            Option("tidak", "Tidak, risiko sedang atau rendah", "h_rencana"),
            Option("tidak_tahu", "Tidak tahu", "h_rencana_segera", hint="Jika ragu, anggap risikonya tinggi."),
        ),
        refs=(_RISIKO,),
    ),
)

_BASE = ("rencana.manajer_kasus", "rencana.rujukan_hangat", "rencana.konferensi", "rencana.tinjau",
         "rahasia.jaga_identitas")
_DONTS = ("jangan.interogasi", "jangan.sebar_identitas", "jangan.buka_materi", "jangan.salahkan")

OUTCOMES = (
    Outcome("h_rencana", "Rencana layanan",
            "Satu rencana untuk semua kebutuhan yang dicentang, dengan langkah yang sama disebut sekali saja.",
            why="Satu manajer kasus dan satu rencana membuat layanan berjalan berurutan dan anak tidak ditanya "
                "berulang kali.",
            urgency=Urgency.MINGGU_INI, steps=_BASE, donts=_DONTS, contacts=("uptd_ppa", "sapa_129"),
            refs=(_ASESMEN, section("koordinasi/rujukan", "cara", "5.2", "Rujukan"), legal("pp-40-2011", "Pasal 11"))),
    Outcome("h_rencana_segera", "Rencana layanan dengan risiko tinggi",
            "Keselamatan anak didahulukan: konferensi kasus darurat dan rencana keselamatan, lalu layanan lain "
            "sesuai kebutuhan yang dicentang.",
            why="Pada risiko tinggi, menunda langkah keselamatan dapat membahayakan anak.",
            urgency=Urgency.SEGERA, steps=("rencana.konferensi_darurat", "rencana.keselamatan", *_BASE),
            donts=("jangan.konfrontasi", *_DONTS), contacts=("polisi_110", "uptd_ppa", "sapa_129"),
            refs=(_RISIKO, section("koordinasi/konferensi-kasus", "cara", "5.3", "Konferensi kasus"))),
)

EXAMPLES = (
    Example("video_beredar", "Korban dengan video yang beredar",
            "Siswi 14 tahun; videonya beredar; ia sulit tidur dan tidak mau ke sekolah.",
            (("q_kebutuhan", ("hukum_korban", "materi", "psikologis", "pendidikan")), ("q_risiko", "tidak")),
            "h_rencana"),
    Example("pelaku_serumah", "Kekerasan oleh anggota keluarga",
            "Anak 9 tahun; orang yang diduga melakukan tinggal serumah; anak terluka.",
            (("q_kebutuhan", ("medis", "keamanan", "hukum_korban", "keluarga", "restitusi")), ("q_risiko", "ya")),
            "h_rencana_segera"),
    Example("abh_disabilitas", "Anak tuli yang berkonflik dengan hukum",
            "Remaja 15 tahun yang tuli disangka meneruskan video; keluarganya kehilangan penghasilan.",
            (("q_kebutuhan", ("hukum_abh", "disabilitas", "ekonomi", "pendidikan")), ("q_risiko", "tidak_tahu")),
            "h_rencana_segera"),
)

TREE = Tree(
    id="rencana_layanan",
    slug="rencana-layanan",
    title="Rencana layanan",
    version="1.0.0",
    audience="Manajer kasus UPTD PPA dan Pekerja Sosial setelah asesmen.",
    description="Centang kebutuhan anak; alat menyusun satu rencana: layanan, lembaga yang bertanggung jawab, "
                "urutan dan tingkat kemendesakan, tanpa langkah ganda.",
    root="q_kebutuhan",
    questions=QUESTIONS,
    outcomes=OUTCOMES,
    examples=EXAMPLES,
)
