"""Insiden di lembaga pendidikan atau keagamaan: the first day of a case at a school, madrasah or pesantren.

Why this tree exists: when a case surfaces at a school or a religious institution, the people in
charge decide in the first hours whether every child involved is protected, whether the police and
the UPTD PPA hear of it, and whether it is quietly "settled" to protect the institution's name. The
standard (Pedoman 3.2 and 3.3) is clear: the institution's own team (TPPK under Permendikbudristek
46/2023, or the manager of a madrasah or pesantren under PMA 73/2022) handles the case inside, but
never instead of the police and the UPTD PPA when an adult is involved, when there is coercion,
threats, a very young child, a risk of harm, or material circulating; no internal settlement with
an adult (UU 12/2022 Pasal 23); every child involved is supported; no one is expelled as the
response; and no child is named or identifiable (UU 11/2012 Pasal 19).

The order of questions is deliberate: danger now comes first; then whether an adult is involved,
because that alone makes a same-day police report and the ban on internal settlement certain; then,
among children, whether material circulates, and whether any other sign (coercion, threats, a very
young child, risk of harm) requires a report, before the milder path of consulting the UPTD PPA.
"""

from __future__ import annotations

from ..model import Example, Option, Outcome, Question, Tree, Urgency
from ..sections import legal, section

__all__ = ["TREE"]

_SK = "pembinaan/sekolah"
_LK = "pembinaan/lembaga-keagamaan"
_SEKOLAH_MATERI = section(_SK, "jika-materi-beredar", "3.2.4", "Pembinaan di sekolah: saat materi beredar")
_LEMBAGA_KASUS = section(_LK, "jika-ada-kasus", "3.3.4", "Lembaga keagamaan: saat ada kasus")
_SOSDIK = section("pendampingan/sosial-pendidikan", "cara", "2.7", "Pendampingan sosial dan pendidikan")

QUESTIONS = (
    Question(
        "q_bahaya",
        "Apakah ada anak yang dalam bahaya atau butuh pertolongan medis sekarang?",
        why="Keselamatan dan kesehatan anak didahulukan, sebelum rapat, laporan, atau pertanyaan lain.",
        hint="Pilih yang paling mendesak.",
        options=(
            Option("bahaya", "Ya, ada anak dalam bahaya", "h_darurat",
                   hint="Orang yang diduga melakukan masih di dekat anak, ada ancaman kekerasan, atau anak bicara "
                        "tentang menyakiti diri."),
            Option("medis", "Ya, ada anak yang butuh pertolongan medis", "h_darurat",
                   hint="Anak terluka atau kesakitan, atau kekerasan seksual fisik baru saja terjadi."),
            Option("aman", "Tidak, anak-anak aman untuk saat ini", "q_dewasa"),
            Option("tidak_tahu", "Tidak tahu", "h_darurat",
                   hint="Jika ragu, anggap ada anak yang mungkin dalam bahaya."),
        ),
        refs=(_LEMBAGA_KASUS, section("pendampingan/pendampingan-awal", "cara", "2.1", "Pendampingan awal")),
    ),
    Question(
        "q_dewasa",
        "Apakah ada orang dewasa yang diduga terlibat?",
        why="Bila ada orang dewasa yang terlibat, lembaga wajib melapor ke polisi dan UPTD PPA hari itu juga, dan "
            "perkara kekerasan seksual tidak boleh diselesaikan secara internal atau \"damai\".",
        hint="Guru, ustaz atau ustazah, pengasuh, staf, relawan, orang tua siswa, atau orang dari luar, termasuk "
             "kenalan lewat internet.",
        options=(
            Option("ya", "Ya, ada orang dewasa", "h_dewasa"),
            Option("tidak", "Tidak, hanya anak-anak", "q_materi"),
            Option("tidak_tahu", "Tidak tahu", "h_dewasa",
                   hint="Jika belum tahu, anggap orang dewasa mungkin terlibat."),
        ),
        refs=(_SEKOLAH_MATERI, section(_SK, "jangan", "3.2", "Pembinaan di sekolah"), legal("uu-12-2022", "Pasal 23")),
    ),
    Question(
        "q_materi",
        "Apakah ada foto, video, atau siaran tentang anak yang beredar atau dipakai untuk mengancam?",
        why="Materi yang beredar harus dihentikan penyebarannya dan dilaporkan hari itu juga, tanpa ada yang "
            "membuka, menyimpan, atau meminta siswa menunjukkannya.",
        hint="Misalnya di grup kelas, media sosial, atau dikirim dari ponsel ke ponsel.",
        options=(
            Option("ya", "Ya, ada materi yang beredar", "h_sebaya_materi"),
            Option("tidak", "Tidak ada materi", "q_keadaan"),
            Option("tidak_tahu", "Tidak tahu", "h_sebaya_materi",
                   hint="Jika belum tahu, anggap materi mungkin ada. Jangan memeriksa ponsel siswa."),
        ),
        refs=(_SEKOLAH_MATERI, legal("uu-44-2008", "Pasal 6")),
    ),
    Question(
        "q_keadaan",
        "Apakah ada paksaan, ancaman, anak yang masih sangat muda, atau risiko bahaya?",
        why="Dalam keadaan ini, kejadian antaranak pun dilaporkan ke polisi dan UPTD PPA hari itu juga. Dalam "
            "keadaan lain, TPPK berkonsultasi dengan UPTD PPA atau Satgas sebelum memutuskan.",
        hint="Anak yang sangat muda misalnya usia PAUD atau SD. Risiko bahaya misalnya anak bicara tentang "
             "menyakiti diri atau ada ancaman kekerasan.",
        options=(
            Option("ya", "Ya, ada salah satunya", "h_sebaya_lapor"),
            Option("tidak", "Tidak ada", "h_sebaya_konsultasi"),
            Option("tidak_tahu", "Tidak tahu", "h_sebaya_lapor",
                   hint="Jika belum tahu, laporkan. Polisi dan UPTD PPA yang menilai."),
        ),
        refs=(_SEKOLAH_MATERI, section(_SK, "standar-minimum", "3.2", "Pembinaan di sekolah")),
    ),
)

_EVERY_CHILD = ("lembaga.kenali_setiap_anak", "lembaga.beri_tahu_orang_tua")
_RECORD = ("lembaga.catat_tanpa_identitas", "rahasia.jaga_identitas")

OUTCOMES = (
    Outcome(
        "h_darurat", "Keselamatan anak dulu",
        "Ada anak yang mungkin dalam bahaya atau butuh pertolongan medis. Hentikan bahayanya dulu; laporan dan "
        "rapat menyusul hari ini juga.",
        why="Tidak ada rapat, laporan, atau nama baik lembaga yang lebih penting daripada keselamatan anak saat ini. "
            "Bila orang dewasa mungkin terlibat, kasus tidak boleh diselesaikan di dalam lembaga.",
        urgency=Urgency.SEGERA,
        steps=("keselamatan.hubungi_110", "keselamatan.temani_anak", "lembaga.pertolongan_medis",
               "lembaga.jauhkan_dewasa", "lapor.polisi", "lapor.uptd_ppa", "lembaga.libatkan_tim",
               "rahasia.jaga_identitas"),
        donts=("jangan.damai", "jangan.konfrontasi", "jangan.interogasi", "jangan.buka_materi"),
        contacts=("polisi_110", "igd", "sapa_129", "uptd_ppa"),
        refs=(_LEMBAGA_KASUS, section("pendampingan/pendampingan-awal", "cara", "2.1", "Pendampingan awal"),
              legal("uu-12-2022", "Pasal 23")),
    ),
    Outcome(
        "h_dewasa", "Orang dewasa diduga terlibat: lapor hari ini, tanpa penyelesaian internal",
        "Ada, atau mungkin ada, orang dewasa yang terlibat. Lembaga melapor ke polisi dan UPTD PPA hari ini, "
        "menjauhkan orang itu dari anak, dan tidak menyelesaikannya sendiri.",
        why="Perkara kekerasan seksual oleh orang dewasa tidak dapat diselesaikan di luar proses peradilan. "
            "Menutupi kasus demi nama baik membuat anak lain tetap terancam.",
        urgency=Urgency.HARI_INI,
        steps=("lembaga.jauhkan_dewasa", "awal.dengarkan", "lapor.polisi", "lapor.uptd_ppa", "lembaga.libatkan_tim",
               *_EVERY_CHILD, "materi.catat_lokasi", "asesmen.dukungan_psikologis", "lembaga.rencana_belajar",
               *_RECORD),
        donts=("jangan.damai", "jangan.pindahkan_pelaku", "jangan.tunda_laporan", "jangan.interogasi",
               "jangan.salahkan", "jangan.umumkan", "jangan.buka_materi"),
        contacts=("polisi_110", "uptd_ppa", "sapa_129"),
        refs=(_LEMBAGA_KASUS, _SEKOLAH_MATERI, legal("uu-12-2022", "Pasal 23"), legal("uu-12-2022", "Pasal 39–41")),
    ),
    Outcome(
        "h_sebaya_materi", "Materi tentang anak beredar di antara murid",
        "Foto, video, atau siaran tentang seorang anak beredar di antara murid atau santri. Penyebaran dihentikan "
        "tanpa menyentuh materi, kasus dilaporkan hari ini, dan setiap anak yang terlibat didampingi.",
        why="Materi yang beredar dilaporkan ke polisi dan UPTD PPA hari itu juga, dan korban berhak atas penghapusan "
            "konten. Anak yang tampak dalam materi, yang meneruskan, dan yang menerima semuanya perlu dukungan; "
            "tidak ada yang dikeluarkan sebagai jalan keluar.",
        urgency=Urgency.HARI_INI,
        steps=("lembaga.hentikan_penyebaran", "materi.catat_lokasi", "lapor.polisi", "lapor.uptd_ppa",
               "lembaga.libatkan_tim", *_EVERY_CHILD, "materi.salinan_teman", "materi.lapor_penghapusan",
               "materi.dampingi_penyebar", "lembaga.rencana_belajar", *_RECORD),
        donts=("jangan.buka_materi", "jangan.cari_materi", "jangan.keluarkan_sekolah", "jangan.umumkan",
               "jangan.pertemukan", "jangan.salahkan"),
        contacts=("uptd_ppa", "polisi_110", "aduan_konten", "sapa_129"),
        refs=(_SEKOLAH_MATERI, section("pemulihan/penghapusan-materi", "cara", "4.7", "Penghapusan materi"),
              legal("uu-12-2022", "Pasal 68 huruf g"), legal("uu-11-2012", "Pasal 19")),
    ),
    Outcome(
        "h_sebaya_lapor", "Kejadian antaranak yang harus dilaporkan hari ini",
        "Kejadian melibatkan anak-anak, tetapi ada paksaan, ancaman, anak yang sangat muda, atau risiko bahaya. "
        "Lembaga melapor ke polisi dan UPTD PPA hari ini dan mendampingi setiap anak.",
        why="Keadaan ini terlalu berat untuk ditangani sekolah sendiri. Anak yang diduga melakukan juga tetap anak: "
            "ia didampingi dan tetap bersekolah.",
        urgency=Urgency.HARI_INI,
        steps=("awal.dengarkan", "lapor.polisi", "lapor.uptd_ppa", "lembaga.libatkan_tim", *_EVERY_CHILD,
               "asesmen.dukungan_psikologis", "abh.tetap_didampingi", "lembaga.rencana_belajar", *_RECORD),
        donts=("jangan.keluarkan_sekolah", "jangan.sanksi_saja", "jangan.umumkan", "jangan.pertemukan",
               "jangan.interogasi", "jangan.tunda_laporan"),
        contacts=("uptd_ppa", "polisi_110", "sapa_129"),
        refs=(_SEKOLAH_MATERI, section("pendampingan/hukum-anak-berkonflik", "cara", "2.6",
                                       "Pendampingan hukum anak yang berkonflik dengan hukum"),
              legal("uu-12-2022", "Pasal 41 ayat (3)"), legal("uu-11-2012", "Pasal 19")),
    ),
    Outcome(
        "h_sebaya_konsultasi", "Kejadian antarsebaya: TPPK berkonsultasi dengan UPTD PPA",
        "Kejadian melibatkan anak-anak sebaya, tanpa materi, paksaan, ancaman, anak yang sangat muda, atau risiko "
        "bahaya yang diketahui. TPPK atau pengelola lembaga berkonsultasi dengan UPTD PPA sebelum memutuskan.",
        why="Tidak setiap kejadian antarsebaya menjadi perkara pidana, tetapi setiap anak yang terlibat tetap perlu "
            "didampingi dan dibina, bukan dihukum atau dikeluarkan. Bila keadaan berubah, laporkan hari itu juga.",
        urgency=Urgency.HARI_INI,
        steps=("awal.dengarkan", "lembaga.libatkan_tim", "lembaga.konsultasi_uptd", *_EVERY_CHILD,
               "lembaga.rencana_belajar", *_RECORD),
        donts=("jangan.keluarkan_sekolah", "jangan.sanksi_saja", "jangan.umumkan", "jangan.pertemukan",
               "jangan.interogasi"),
        contacts=("uptd_ppa", "sapa_129"),
        refs=(_SEKOLAH_MATERI, _SOSDIK, legal("permendikbudristek-46-2023"), legal("pma-73-2022")),
    ),
)

EXAMPLES = (
    Example("santri_ingin_mati", "Santri bicara tentang menyakiti diri",
            "Seorang santri mengatakan kepada pengasuh asrama bahwa ia ingin mati setelah fotonya disebarkan.",
            (("q_bahaya", "bahaya"),), "h_darurat"),
    Example("murid_kesakitan", "Murid kesakitan setelah kejadian di sekolah",
            "Seorang murid SD menangis kesakitan dan bercerita kepada wali kelas bahwa ia disakiti di gudang "
            "sekolah siang tadi.",
            (("q_bahaya", "medis"),), "h_darurat"),
    Example("guru_minta_foto", "Guru meminta foto siswi lewat pesan pribadi",
            "Seorang guru diketahui berkirim pesan pribadi bernada seksual dengan siswi SMP dan meminta fotonya.",
            (("q_bahaya", "aman"), ("q_dewasa", "ya")), "h_dewasa"),
    Example("kakak_tak_dikenal", "\"Kakak\" yang belum jelas siapa",
            "Beberapa murid madrasah bercerita ada \"kakak\" yang menyuruh teman mereka berfoto, tetapi belum "
            "jelas siapa orang itu.",
            (("q_bahaya", "aman"), ("q_dewasa", "tidak_tahu")), "h_dewasa"),
    Example("video_grup_kelas", "Video siswi beredar di grup kelas",
            "Video seorang siswi SMP beredar di grup kelas. Yang merekam dan meneruskannya adalah teman-teman "
            "sekelasnya.",
            (("q_bahaya", "aman"), ("q_dewasa", "tidak"), ("q_materi", "ya")), "h_sebaya_materi"),
    Example("paksaan_di_toilet", "Murid SD dipaksa kakak kelas",
            "Seorang murid kelas 2 SD bercerita bahwa kakak kelasnya memaksanya ke toilet dan menyuruhnya melakukan "
            "hal yang tidak pantas. Tidak ada foto atau video.",
            (("q_bahaya", "aman"), ("q_dewasa", "tidak"), ("q_materi", "tidak"), ("q_keadaan", "ya")),
            "h_sebaya_lapor"),
    Example("video_dewasa_di_kelas", "Siswa memperlihatkan video orang dewasa",
            "Seorang siswa SMP memperlihatkan video bermuatan seksual orang dewasa dari internet kepada beberapa "
            "teman sekelas. Tidak ada paksaan, dan tidak ada foto atau video anak.",
            (("q_bahaya", "aman"), ("q_dewasa", "tidak"), ("q_materi", "tidak"), ("q_keadaan", "tidak")),
            "h_sebaya_konsultasi"),
)

TREE = Tree(
    id="insiden_lembaga",
    slug="insiden-lembaga",
    title="Insiden di lembaga pendidikan atau keagamaan",
    version="1.0.0",
    audience="Kepala sekolah, guru, guru BK, TPPK, dan pimpinan atau pengasuh madrasah, pesantren, dan lembaga "
             "keagamaan.",
    description="Langkah hari pertama ketika kasus muncul di sekolah, madrasah, pesantren, atau lembaga keagamaan: "
                "kapan polisi dan UPTD PPA dilibatkan, siapa yang diberi tahu, dan bagaimana setiap anak didampingi "
                "tanpa dikeluarkan atau dikenali.",
    root="q_bahaya",
    questions=QUESTIONS,
    outcomes=OUTCOMES,
    examples=EXAMPLES,
)
