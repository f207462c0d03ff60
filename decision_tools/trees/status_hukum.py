"""Status dan jalur hukum anak: which path the juvenile justice law sets for this child.

Why this tree exists: a child's path under UU 11/2012 turns on a few facts that workers often
mix up: whether the child is in fact a victim of the material, the age at the time of the act
(not today), the maximum penalty of the article charged under the law in force since 2 January
2026, and whether it is a repeat offence. Those decide whether diversion must be attempted,
whether detention is possible at all, and whether only measures (tindakan) may be imposed.
The age can be typed as two dates; :mod:`decision_tools.age` computes the band exactly.
"""

from __future__ import annotations

from ..model import Example, Option, Outcome, Question, Tree, Urgency
from ..sections import legal, section
from ..steps.sppa import AMBANG, CARA, SANKSI, UMUR

__all__ = ["TREE"]

_APA = section("pendampingan/hukum-anak-berkonflik", "apa-itu", "2.6",
               "Pendampingan hukum anak yang berkonflik dengan hukum")
_KORBAN = section("pendampingan/hukum-anak-korban", "cara", "2.5", "Pendampingan hukum anak korban")

_BELOW_7 = ("Misalnya UU 44/2008 Pasal 31 atau 32 (paling lama 4 tahun), Pasal 30 atau 38 (6 tahun); "
            "UU 12/2022 Pasal 14 ayat (1) (4 tahun) atau ayat (2) (6 tahun).")
_SEVEN_UP = ("Misalnya KUHP Pasal 407 ayat (1) (10 tahun; menggantikan UU 44/2008 Pasal 29 dan UU ITE Pasal 45 "
             "ayat (1)); UU 44/2008 Pasal 34 atau 36 (10 tahun), 35 (12 tahun), 33 (15 tahun); KUHP Pasal 415 "
             "atau 417 (9 tahun), Pasal 473 ayat (4) (15 tahun).")


def _penalty(qid: str, below: str, seven_up: str) -> Question:
    return Question(
        qid, "Berapa ancaman pidana penjara paling lama dari pasal yang disangkakan?",
        why="Diversi wajib diupayakan bila ancamannya di bawah 7 tahun dan bukan pengulangan. Penahanan hanya "
            "mungkin bila ancamannya 7 tahun atau lebih. Ancaman yang berlaku adalah yang sejak 2 Januari 2026.",
        hint="Jika beberapa pasal disangkakan, tanyakan kepada penyidik pasal mana yang menjadi dasar.",
        options=(
            Option("bawah_7", "Di bawah 7 tahun", below, hint=_BELOW_7),
            Option("tujuh_lebih", "7 tahun atau lebih", seven_up, hint=_SEVEN_UP),
            Option("tidak_tahu", "Tidak tahu", "h_sangkaan_belum_jelas"),
        ),
        refs=(AMBANG, legal("uu-11-2012", "Pasal 7 ayat (2)"), legal("uu-1-2023", "Pasal 407 ayat (1)"),
              legal("uu-1-2026")),
    )


def _repeat(qid: str, diversion: str, no_diversion: str) -> Question:
    return Question(
        qid, "Apakah ini pengulangan tindak pidana?",
        why="Diversi tidak wajib untuk pengulangan tindak pidana.",
        hint="Pengulangan berarti anak pernah melakukan tindak pidana lain sebelumnya, termasuk yang selesai "
             "dengan diversi.",
        options=(
            Option("tidak", "Tidak", diversion),
            Option("ya", "Ya", no_diversion),
            Option("tidak_tahu", "Tidak tahu", diversion, hint="Sampai dipastikan, diversi tetap diupayakan."),
        ),
        refs=(AMBANG, legal("uu-11-2012", "Pasal 7 ayat (2)")),
    )


QUESTIONS = (
    Question(
        "q_dugaan", "Apa yang diduga terkait anak ini?",
        why="Anak yang tampil dalam materi karena dipaksa atau ditipu adalah korban, bukan pelaku. Jalur hukum "
            "anak yang berkonflik dengan hukum hanya berlaku bila anak diduga melakukan perbuatan itu sendiri.",
        options=(
            Option("tampil", "Anak tampil dalam materi", "q_dipaksa", hint="Foto, video, atau siaran tentang dirinya."),
            Option("berbuat", "Anak diduga melakukan perbuatan terhadap orang lain", "q_usia",
                   hint="Misalnya membuat, menyebarkan, menyimpan, atau meminta materi anak lain."),
            Option("tidak_tahu", "Belum jelas", "h_belum_jelas"),
        ),
        refs=(_APA, legal("uu-44-2008", "Penjelasan Pasal 8"), legal("uu-11-2012", "Pasal 1")),
    ),
    Question(
        "q_dipaksa", "Apakah anak tampil karena dipaksa, diancam, dibujuk, ditipu, atau dibohongi?",
        why="Menurut Penjelasan Pasal 8 UU 44/2008, orang yang dipaksa, dibujuk, atau ditipu menjadi objek "
            "tidak dipidana. Persetujuan anak juga tidak menghapus tuntutan terhadap orang yang merekam atau "
            "menyebarkan.",
        options=(
            Option("ya", "Ya", "h_korban_materi_diri"),
            Option("tidak", "Tidak, anak membuatnya sendiri tanpa tekanan", "h_materi_sendiri"),
            Option("tidak_tahu", "Tidak tahu", "h_korban_materi_diri",
                   hint="Sampai ada kejelasan, anak diperlakukan sebagai korban."),
        ),
        refs=(_APA, legal("uu-44-2008", "Penjelasan Pasal 8"), legal("uu-12-2022", "Pasal 14 ayat (5)")),
    ),
    Question(
        "q_usia", "Berapa umur anak pada saat perbuatan?",
        why="Yang menentukan adalah umur pada saat perbuatan, bukan umur sekarang. Umur itu menentukan apakah "
            "anak dapat diproses pidana, ditahan, atau hanya dikenai tindakan.",
        hint="Jika Anda tahu tanggal lahir dan tanggal perbuatan, isi keduanya di bawah: umur dihitung otomatis.",
        derive="usia_saat_kejadian",
        options=(
            Option("di_bawah_12", "Di bawah 12 tahun", "h_di_bawah_12"),
            Option("usia_12_14", "12 tahun sampai sebelum 14 tahun", "q_ancaman_muda"),
            Option("usia_14_18", "14 tahun sampai sebelum 18 tahun", "q_ancaman"),
            Option("sudah_18", "Di bawah 18 tahun saat perbuatan, tetapi sekarang sudah 18 tahun atau lebih",
                   "h_sudah_18"),
            Option("dewasa", "18 tahun atau lebih saat perbuatan", "h_dewasa"),
            Option("tidak_tahu", "Tidak tahu", "h_usia_belum_pasti"),
        ),
        refs=(UMUR, legal("uu-11-2012", "Pasal 20"), legal("uu-11-2012", "Pasal 21"),
              legal("uu-11-2012", "Pasal 32 ayat (2)"), legal("uu-11-2012", "Pasal 69 ayat (2)")),
    ),
    _penalty("q_ancaman_muda", "q_ulangan_muda", "h_muda_tanpa_diversi"),
    _repeat("q_ulangan_muda", "h_muda_diversi", "h_muda_tanpa_diversi"),
    _penalty("q_ancaman", "q_ulangan", "h_remaja_tahan_mungkin"),
    _repeat("q_ulangan", "h_remaja_diversi", "h_remaja_tanpa_diversi"),
)

_ALWAYS = ("abh.tetap_didampingi", "abh.libatkan_pk", "abh.bantuan_hukum", "rahasia.jaga_identitas")
_DONTS = ("jangan.salahkan", "jangan.sebar_identitas", "jangan.keluarkan_sekolah")
_CONTACTS = ("uptd_ppa", "sapa_129")


def _outcome(oid: str, title: str, summary: str, why: str, steps: tuple[str, ...], refs: tuple,
             urgency: Urgency = Urgency.HARI_INI, donts: tuple[str, ...] = _DONTS) -> Outcome:
    return Outcome(oid, title, summary, why, urgency, steps, donts, _CONTACTS, refs)


OUTCOMES = (
    _outcome("h_korban_materi_diri", "Anak ini korban, bukan pelaku",
             "Anak tampil dalam materi karena dipaksa, diancam, dibujuk, atau ditipu, atau hal itu belum jelas.",
             "Orang yang dipaksa, dibujuk, atau ditipu menjadi objek tidak dipidana. Yang diproses adalah orang "
             "yang memaksa, membujuk, atau menipu.",
             ("sppa.korban_bukan_pelaku", "lapor.polisi", "lapor.pendamping_saat_diperiksa",
              "materi.lapor_penghapusan", "asesmen.dukungan_psikologis", "rahasia.jaga_identitas"),
             (_KORBAN, legal("uu-44-2008", "Penjelasan Pasal 8")),
             donts=("jangan.salahkan", "jangan.buka_materi", "jangan.sebar_identitas")),
    _outcome("h_materi_sendiri", "Materi tentang dirinya sendiri, tanpa tekanan",
             "Anak membuat materi tentang dirinya sendiri tanpa paksaan yang diketahui.",
             "Anak tetap perlu dilindungi: materi itu bisa disebarkan orang lain. Penerapan pidana kepada anak "
             "atas materi dirinya sendiri perlu dikaji penasihat hukum.",
             ("sppa.kajian_hukum_materi_sendiri", "abh.tetap_didampingi", "materi.lapor_penghapusan",
              "asesmen.dukungan_psikologis", "rahasia.jaga_identitas"),
             (AMBANG, legal("uu-44-2008", "Penjelasan Pasal 4"), legal("pp-40-2011")),
             donts=("jangan.salahkan", "jangan.buka_materi", "jangan.sebar_identitas")),
    _outcome("h_di_bawah_12", "Di bawah 12 tahun: tidak diproses pidana",
             "Anak belum 12 tahun saat perbuatan. Ia tidak diproses pidana; yang diambil adalah keputusan bersama.",
             "Undang-undang menetapkan keputusan bersama penyidik, PK, dan Pekerja Sosial Profesional bagi anak "
             "di bawah 12 tahun, ditetapkan pengadilan dalam 3 hari.",
             ("sppa.keputusan_di_bawah_12", "sppa.penetapan_3_hari", "sppa.laporan_bulanan", "abh.tetap_didampingi",
              "rahasia.jaga_identitas"),
             (UMUR, legal("uu-11-2012", "Pasal 21"))),
    _outcome("h_muda_diversi", "12 sampai sebelum 14 tahun: diversi wajib, hanya tindakan",
             "Ancaman di bawah 7 tahun dan bukan pengulangan (atau belum dipastikan). Diversi wajib diupayakan.",
             "Anak di bawah 14 tahun tidak boleh ditahan dan hanya dapat dikenai tindakan.",
             ("sppa.tanpa_penahanan", "sppa.diversi_wajib", "sppa.persetujuan_korban", "sppa.kesepakatan_penetapan",
              "sppa.periksa_pengulangan", "sppa.hanya_tindakan", *_ALWAYS),
             (AMBANG, SANKSI, legal("uu-11-2012", "Pasal 7 ayat (2)"), legal("uu-11-2012", "Pasal 69 ayat (2)"))),
    _outcome("h_muda_tanpa_diversi", "12 sampai sebelum 14 tahun: tanpa diversi wajib, hanya tindakan",
             "Ancaman 7 tahun atau lebih, atau pengulangan. Diversi tidak wajib, tetapi anak tetap tidak boleh "
             "ditahan dan hanya dapat dikenai tindakan.",
             "Umur di bawah 14 tahun membatasi apa yang boleh dijatuhkan, apa pun pasalnya.",
             ("sppa.tanpa_penahanan", "sppa.hanya_tindakan", *_ALWAYS),
             (SANKSI, legal("uu-11-2012", "Pasal 32 ayat (2)"), legal("uu-11-2012", "Pasal 69 ayat (2)"))),
    _outcome("h_remaja_diversi", "14 sampai sebelum 18 tahun: diversi wajib, tanpa penahanan",
             "Ancaman di bawah 7 tahun dan bukan pengulangan (atau belum dipastikan). Diversi wajib diupayakan "
             "dan anak tidak boleh ditahan.",
             "Penahanan hanya mungkin untuk ancaman 7 tahun atau lebih; diversi wajib di bawah ambang itu.",
             ("sppa.tanpa_penahanan", "sppa.diversi_wajib", "sppa.persetujuan_korban", "sppa.kesepakatan_penetapan",
              "sppa.periksa_pengulangan", "sppa.pidana_terbatas", *_ALWAYS),
             (AMBANG, legal("uu-11-2012", "Pasal 7 ayat (2)"), legal("uu-11-2012", "Pasal 32 ayat (2)"))),
    _outcome("h_remaja_tanpa_diversi", "14 sampai sebelum 18 tahun: pengulangan, tanpa penahanan",
             "Ancaman di bawah 7 tahun, tetapi ini pengulangan. Diversi tidak wajib; anak tetap tidak boleh ditahan.",
             "Pengulangan menghapus kewajiban diversi, tetapi tidak membuka penahanan bila ancamannya di bawah "
             "7 tahun.",
             ("sppa.tanpa_penahanan", "sppa.pidana_terbatas", *_ALWAYS),
             (AMBANG, SANKSI, legal("uu-11-2012", "Pasal 32 ayat (2)"))),
    _outcome("h_remaja_tahan_mungkin", "14 sampai sebelum 18 tahun: ancaman 7 tahun atau lebih",
             "Diversi tidak wajib. Penahanan mungkin, tetapi hanya bila tidak ada jaminan dari orang tua/wali atau "
             "lembaga.",
             "Sejak 2 Januari 2026, menyebarkan konten bermuatan seksual diancam KUHP Pasal 407 ayat (1) sampai "
             "10 tahun, di atas ambang diversi. Pengaruhnya pada diversi perlu dikaji penasihat hukum.",
             ("sppa.penahanan_terbatas", "sppa.tanyakan_sangkaan", "sppa.pidana_terbatas", *_ALWAYS),
             (AMBANG, SANKSI, legal("uu-11-2012", "Pasal 32 ayat (2)"), legal("uu-1-2023", "Pasal 407 ayat (1)")),
             urgency=Urgency.SEGERA),
    _outcome("h_sudah_18", "Perbuatan sebelum 18 tahun, sekarang sudah dewasa",
             "Anak berumur di bawah 18 tahun saat perbuatan, tetapi sekarang sudah 18 tahun atau lebih.",
             "Bila disidangkan sebelum umur 21 tahun, ia tetap diajukan ke sidang anak. Aturan diversi dan batas "
             "pidana anak tetap diperhitungkan; rincian penahanannya perlu dikaji penasihat hukum.",
             ("sppa.sidang_anak_setelah_18", "sppa.tanyakan_sangkaan", "sppa.diversi_wajib", "abh.libatkan_pk",
              "abh.bantuan_hukum", "rahasia.jaga_identitas"),
             (UMUR, legal("uu-11-2012", "Pasal 20"))),
    _outcome("h_dewasa", "Dewasa saat perbuatan: di luar sistem peradilan pidana anak",
             "Orang ini berumur 18 tahun atau lebih saat perbuatan. Ia diproses sebagai orang dewasa.",
             "Sistem peradilan pidana anak hanya berlaku bagi perbuatan sebelum umur 18 tahun. Jika ada anak yang "
             "menjadi korban, dampingi anak itu dengan alat Penanganan awal.",
             ("sppa.pastikan_usia", "lapor.polisi", "lapor.uptd_ppa"),
             (UMUR, legal("uu-11-2012", "Pasal 1")), donts=("jangan.damai", "jangan.sebar_identitas")),
    _outcome("h_usia_belum_pasti", "Umur saat perbuatan belum pasti",
             "Umur anak saat perbuatan belum diketahui. Pastikan dulu; sementara itu, ia diperlakukan sebagai anak.",
             "Seluruh jalur hukum bergantung pada umur saat perbuatan.",
             ("sppa.pastikan_usia", "sppa.tanpa_penahanan", *_ALWAYS),
             (UMUR, legal("uu-11-2012", "Pasal 20"))),
    _outcome("h_sangkaan_belum_jelas", "Pasal yang disangkakan belum jelas",
             "Ancaman pidananya belum diketahui. Tanyakan kepada penyidik sebelum langkah lain diputuskan.",
             "Ancaman pidana menentukan apakah diversi wajib dan apakah penahanan mungkin.",
             ("sppa.tanyakan_sangkaan", "sppa.periksa_pengulangan", *_ALWAYS),
             (AMBANG, legal("uu-11-2012", "Pasal 7 ayat (2)"), legal("uu-11-2012", "Pasal 32"))),
    _outcome("h_belum_jelas", "Belum jelas apa yang diduga",
             "Belum jelas apakah anak tampil dalam materi atau diduga melakukan sesuatu. Dampingi dulu sebagai "
             "anak yang mungkin korban.",
             "Penentuan posisi anak adalah tugas asesmen dan penyidik.",
             ("abh.tetap_didampingi", "asesmen.awal", "lapor.uptd_ppa", "rahasia.jaga_identitas"),
             (CARA, section("pendampingan/asesmen", "cara", "2.2", "Asesmen"))),
)

EXAMPLES = (
    Example("korban_diancam", "Remaja dipaksa mengirim video", "Remaja 15 tahun mengirim video dirinya karena "
            "diancam kenalan daring.", (("q_dugaan", "tampil"), ("q_dipaksa", "ya")), "h_korban_materi_diri"),
    Example("swafoto_sendiri", "Foto diri tanpa tekanan", "Remaja 16 tahun memotret dirinya dan mengirim ke "
            "pacarnya tanpa paksaan.", (("q_dugaan", "tampil"), ("q_dipaksa", "tidak")), "h_materi_sendiri"),
    Example("anak_sepuluh", "Anak 10 tahun meneruskan video", "Anak 10 tahun meneruskan video temannya ke grup.",
            (("q_dugaan", "berbuat"), ("q_usia", "di_bawah_12")), "h_di_bawah_12"),
    Example("tiga_belas_simpan", "Anak 13 tahun menyimpan materi", "Anak 13 tahun menyimpan materi anak lain di "
            "ponselnya; baru pertama kali.",
            (("q_dugaan", "berbuat"), ("q_usia", "usia_12_14"), ("q_ancaman_muda", "bawah_7"),
             ("q_ulangan_muda", "tidak")), "h_muda_diversi"),
    Example("tiga_belas_sebar", "Anak 13 tahun menyebarkan video", "Anak 13 tahun disangka menyebarkan video "
            "(KUHP Pasal 407 ayat (1)).",
            (("q_dugaan", "berbuat"), ("q_usia", "usia_12_14"), ("q_ancaman_muda", "tujuh_lebih")),
            "h_muda_tanpa_diversi"),
    Example("lima_belas_minta", "Remaja 15 tahun meminta foto", "Remaja 15 tahun disangka meminta foto teman "
            "sekelas; belum pernah berperkara.",
            (("q_dugaan", "berbuat"), ("q_usia", "usia_14_18"), ("q_ancaman", "bawah_7"), ("q_ulangan", "tidak")),
            "h_remaja_diversi"),
    Example("enam_belas_ulang", "Remaja 16 tahun, perkara kedua", "Remaja 16 tahun pernah menjalani diversi untuk "
            "perkara lain.",
            (("q_dugaan", "berbuat"), ("q_usia", "usia_14_18"), ("q_ancaman", "bawah_7"), ("q_ulangan", "ya")),
            "h_remaja_tanpa_diversi"),
    Example("tujuh_belas_sebar", "Remaja 17 tahun menyebarkan video", "Remaja 17 tahun disangka menyebarkan "
            "video teman ke banyak grup.",
            (("q_dugaan", "berbuat"), ("q_usia", "usia_14_18"), ("q_ancaman", "tujuh_lebih")),
            "h_remaja_tahan_mungkin"),
    Example("sekarang_sembilan_belas", "Perbuatan saat 17 tahun, kini 19 tahun", "Perkara dari dua tahun lalu baru "
            "disidangkan.", (("q_dugaan", "berbuat"), ("q_usia", "sudah_18")), "h_sudah_18"),
    Example("sudah_dewasa", "Pelaku 20 tahun", "Orang yang disangka berumur 20 tahun saat perbuatan.",
            (("q_dugaan", "berbuat"), ("q_usia", "dewasa")), "h_dewasa"),
    Example("umur_tak_diketahui", "Umur belum diketahui", "Anak tidak membawa dokumen dan umurnya belum pasti.",
            (("q_dugaan", "berbuat"), ("q_usia", "tidak_tahu")), "h_usia_belum_pasti"),
    Example("pasal_belum_tahu", "Pasal belum diketahui", "Keluarga belum tahu pasal apa yang disangkakan.",
            (("q_dugaan", "berbuat"), ("q_usia", "usia_14_18"), ("q_ancaman", "tidak_tahu")),
            "h_sangkaan_belum_jelas"),
    Example("kabar_samar", "Kabar yang belum jelas", "Sekolah mendengar nama seorang siswa disebut dalam kasus "
            "video, tanpa kejelasan perannya.", (("q_dugaan", "tidak_tahu"),), "h_belum_jelas"),
)

TREE = Tree(
    id="status_hukum",
    slug="status-hukum",
    title="Status dan jalur hukum anak",
    version="1.0.0",
    audience="Penyidik Unit PPA, PK Bapas, Pekerja Sosial, penasihat hukum, dan pendamping anak.",
    description="Untuk anak yang diduga melakukan perbuatan: umur saat perbuatan, ancaman pidana, pengulangan, "
                "lalu apakah diversi wajib, apakah penahanan mungkin, tindakan atau pidana, siapa memutuskan, dan "
                "tenggatnya.",
    root="q_dugaan",
    questions=QUESTIONS,
    outcomes=OUTCOMES,
    examples=EXAMPLES,
)
