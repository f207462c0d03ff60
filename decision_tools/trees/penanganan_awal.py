"""Penanganan awal: the first minutes when a child may be a victim or in conflict with the law.

Why this tree exists: the first adult a child tells (a teacher, a parent, a nurse, a police
officer, a caseworker) decides whether the child is kept safe, whether the material spreads
further and whether the case reaches the right service. The order of questions is deliberate:
immediate danger and medical urgency first, then who the child is in this case, then the two
facts that change the first steps (who the suspected person is, and whether material exists).
"""

from __future__ import annotations

from ..model import Example, Option, Outcome, Question, Tree, Urgency
from ..sections import legal, section

__all__ = ["TREE"]

_PA = "pendampingan/pendampingan-awal"
_AWAL = "2.1", "Pendampingan awal"
_ABH = "pendampingan/hukum-anak-berkonflik", "2.6", "Pendampingan hukum anak yang berkonflik dengan hukum"
_KORBAN = "pendampingan/hukum-anak-korban", "2.5", "Pendampingan hukum anak korban"


def _abh(anchor: str):  # a sub-section of 2.6
    return section(_ABH[0], anchor, _ABH[1], _ABH[2])


def _korban(anchor: str):  # a sub-section of 2.5
    return section(_KORBAN[0], anchor, _KORBAN[1], _KORBAN[2])


QUESTIONS = (
    Question(
        "q_bahaya",
        "Apakah anak dalam bahaya atau butuh pertolongan medis sekarang?",
        why="Keselamatan dan kesehatan anak selalu didahulukan, sebelum laporan, bukti, atau pertanyaan lain.",
        hint="Pilih yang paling mendesak.",
        options=(
            Option("bahaya", "Ya, anak dalam bahaya", "h_darurat_bahaya",
                   hint="Orang yang diduga melakukan ada di dekat anak, anak diancam, atau anak ingin menyakiti diri."),
            Option("medis", "Ya, anak butuh pertolongan medis", "h_darurat_medis",
                   hint="Anak terluka atau kesakitan, atau kekerasan seksual fisik baru saja terjadi."),
            Option("aman", "Tidak, anak aman untuk saat ini", "q_posisi"),
            Option("tidak_tahu", "Tidak tahu", "h_darurat_bahaya",
                   hint="Jika ragu, anggap anak mungkin dalam bahaya."),
        ),
        refs=(section(_PA, "cara", *_AWAL), legal("pp-40-2011", "Pasal 10")),
    ),
    Question(
        "q_posisi",
        "Bagaimana posisi anak dalam kejadian ini, sejauh yang Anda ketahui?",
        why="Anak korban, anak saksi, dan anak yang berkonflik dengan hukum menempuh jalur hukum yang berbeda, "
            "tetapi semuanya berhak atas pendampingan. Satu anak bisa berada di lebih dari satu posisi.",
        options=(
            Option("korban", "Anak mengalami kekerasan atau eksploitasi", "q_pelaku_dekat",
                   hint="Misalnya dibujuk, dipaksa, ditipu, atau diperas; atau foto/videonya disebarkan orang lain."),
            Option("berkonflik", "Anak diduga melakukan sesuatu terhadap anak lain", "q_dipaksa",
                   hint="Misalnya menyebarkan, meminta, atau membuat materi tentang anak lain."),
            Option("saksi", "Anak melihat atau mengetahui kejadian, tetapi tidak mengalaminya", "h_anak_saksi"),
            Option("tidak_tahu", "Belum jelas", "h_belum_jelas"),
        ),
        refs=(section("pendahuluan/anak-korban-dan-pelaku", "", "1.3", "Siapa anak korban atau pelaku pornografi?"),
              legal("uu-11-2012", "Pasal 1")),
    ),
    Question(
        "q_dipaksa",
        "Apakah ada tanda anak itu sendiri dipaksa, diancam, dibujuk, atau ditipu orang lain?",
        why="Anak yang dipaksa, dibujuk, atau ditipu sehingga terlibat adalah korban dan tidak dipidana. "
            "Ia juga berhak atas perlindungan sebagai korban.",
        hint="Misalnya oleh orang dewasa, anak yang lebih tua, atau seseorang yang dikenal lewat internet.",
        options=(
            Option("ya", "Ya, ada tanda itu", "h_korban_dan_berkonflik"),
            Option("tidak", "Tidak ada tanda itu", "h_anak_berkonflik"),
            Option("tidak_tahu", "Tidak tahu", "h_korban_dan_berkonflik",
                   hint="Jika belum tahu, anak diperlakukan juga sebagai korban sampai asesmen selesai."),
        ),
        refs=(_abh("apa-itu"), legal("uu-44-2008", "Penjelasan Pasal 8"), legal("pp-40-2011")),
    ),
    Question(
        "q_pelaku_dekat",
        "Apakah orang yang diduga melakukan tinggal serumah dengan anak atau anggota keluarganya?",
        why="Jika orang itu dekat dengan anak, memberi tahu keluarga dapat membahayakan anak. Keselamatan "
            "di rumah harus dinilai dulu.",
        options=(
            Option("ya", "Ya", "h_korban_pelaku_dekat"),
            Option("tidak", "Tidak", "q_materi"),
            Option("tidak_tahu", "Tidak tahu", "h_korban_pelaku_dekat",
                   hint="Jika belum tahu, langkah keselamatan tetap dijalankan."),
        ),
        refs=(section(_PA, "peran-orang-tua", *_AWAL), legal("uu-12-2022", "Pasal 23")),
    ),
    Question(
        "q_materi",
        "Apakah ada foto, video, siaran, atau pesan yang tersebar atau dipakai untuk mengancam anak?",
        why="Materi yang beredar harus dihentikan penyebarannya, dan ancaman harus segera dilaporkan, tanpa "
            "ada yang membuka atau menyimpan materi itu.",
        options=(
            Option("ancaman", "Ya, anak diancam atau diperas dengan materi itu", "h_korban_pemerasan"),
            Option("tersebar", "Ya, materi sudah atau mungkin tersebar", "h_korban_materi"),
            Option("tidak", "Tidak ada materi", "h_korban"),
            Option("tidak_tahu", "Tidak tahu", "h_korban_materi",
                   hint="Jika belum tahu, anggap materi mungkin ada."),
        ),
        refs=(section("pemulihan/penghapusan-materi", "apa-itu", "4.7", "Penghapusan materi"),
              legal("uu-44-2008", "Pasal 6")),
    ),
)

_REPORT = ("lapor.uptd_ppa", "lapor.polisi")
_LISTEN = ("awal.dengarkan", "awal.jelaskan_langkah")
_VICTIM_DONTS = ("jangan.interogasi", "jangan.salahkan", "jangan.sebar_identitas")

OUTCOMES = (
    Outcome(
        "h_darurat_bahaya", "Keselamatan anak dulu",
        "Anak mungkin dalam bahaya sekarang. Hentikan bahayanya dulu; semua langkah lain menyusul.",
        why="Tidak ada laporan atau pemeriksaan yang lebih penting daripada keselamatan anak saat ini.",
        urgency=Urgency.SEGERA,
        steps=("keselamatan.hubungi_110", "keselamatan.temani_anak", "keselamatan.rumah_aman", "awal.dengarkan",
               "lapor.uptd_ppa"),
        donts=("jangan.konfrontasi", "jangan.interogasi", "jangan.buka_materi"),
        contacts=("polisi_110", "sapa_129", "uptd_ppa"),
        refs=(section(_PA, "cara", *_AWAL), legal("perpres-55-2024")),
    ),
    Outcome(
        "h_darurat_medis", "Pertolongan medis sekarang",
        "Anak butuh pertolongan medis. Bawa anak ke layanan kesehatan sekarang; laporan dibuat sesudahnya "
        "atau bersamaan.",
        why="Perawatan medis tidak boleh menunggu laporan. Tenaga kesehatan juga wajib memberi tahu "
            "UPTD PPA atau polisi.",
        urgency=Urgency.SEGERA,
        steps=("medis.bawa_ke_layanan", "keselamatan.temani_anak", "medis.jaga_bukti", "medis.nakes_melapor",
               "lapor.uptd_ppa"),
        donts=("jangan.interogasi", "jangan.salahkan", "jangan.buka_materi"),
        contacts=("igd", "polisi_110", "sapa_129"),
        refs=(section("pendampingan/medis", "cara", "2.4", "Pendampingan medis"), legal("permenkes-68-2013")),
    ),
    Outcome(
        "h_korban", "Anak korban: dengarkan, laporkan, dampingi",
        "Anak mengalami kekerasan atau eksploitasi. Orang yang diduga melakukan tidak serumah dan tidak ada "
        "materi yang diketahui.",
        why="Laporan ke UPTD PPA dan polisi membuka akses anak ke pendampingan, perlindungan, dan pemulihan.",
        urgency=Urgency.HARI_INI,
        steps=(*_LISTEN, "awal.catat_fakta", *_REPORT, "awal.persetujuan", "asesmen.awal",
               "lapor.pendamping_saat_diperiksa", "rahasia.jaga_identitas"),
        donts=(*_VICTIM_DONTS, "jangan.damai"),
        contacts=("uptd_ppa", "sapa_129", "polisi_110"),
        refs=(section(_PA, "cara", *_AWAL), _korban("cara"), legal("uu-12-2022", "Pasal 39–41")),
    ),
    Outcome(
        "h_korban_materi", "Anak korban dan materi yang mungkin beredar",
        "Anak mengalami kekerasan, dan foto, video, atau siaran tentang dirinya mungkin beredar.",
        why="Penyebaran materi harus dihentikan lewat polisi dan Komdigi, tanpa seorang pun di layanan membuka "
            "atau menyimpan materi itu.",
        urgency=Urgency.HARI_INI,
        steps=(*_LISTEN, "materi.catat_lokasi", *_REPORT, "materi.lapor_penghapusan", "asesmen.awal",
               "asesmen.dukungan_psikologis", "rahasia.jaga_identitas"),
        donts=("jangan.buka_materi", *_VICTIM_DONTS, "jangan.damai"),
        contacts=("uptd_ppa", "polisi_110", "aduan_konten"),
        refs=(section("pemulihan/penghapusan-materi", "cara", "4.7", "Penghapusan materi"),
              legal("uu-44-2008", "Pasal 6"), legal("uu-12-2022", "Pasal 68 huruf g")),
    ),
    Outcome(
        "h_korban_pemerasan", "Anak diancam atau diperas dengan materi",
        "Seseorang mengancam anak dengan foto atau video, atau meminta uang atau materi lain.",
        why="Ancaman biasanya berlanjut jika dituruti. Polisi perlu akun dan percakapan pengancam sebagai bukti.",
        urgency=Urgency.SEGERA,
        steps=("awal.dengarkan", "materi.jangan_bayar", "materi.catat_lokasi", "lapor.polisi", "lapor.uptd_ppa",
               "materi.lapor_penghapusan", "asesmen.dukungan_psikologis", "rahasia.jaga_identitas"),
        donts=("jangan.tebus", "jangan.buka_materi", "jangan.salahkan", "jangan.interogasi"),
        contacts=("polisi_110", "sapa_129", "aduan_konten"),
        refs=(section("pemulihan/penghapusan-materi", "cara", "4.7", "Penghapusan materi"), _korban("cara"),
              legal("uu-12-2022", "Pasal 14")),
    ),
    Outcome(
        "h_korban_pelaku_dekat", "Orang yang diduga melakukan dekat dengan anak",
        "Orang yang diduga melakukan mungkin tinggal serumah dengan anak atau anggota keluarganya.",
        why="Anak bisa lebih terancam setelah membuka diri. Keselamatan di rumah dinilai dulu oleh UPTD PPA "
            "dan polisi sebelum keluarga diberi tahu.",
        urgency=Urgency.SEGERA,
        steps=("awal.dengarkan", "keselamatan.temani_anak", "lapor.uptd_ppa", "lapor.polisi", "keselamatan.rumah_aman",
               "awal.persetujuan", "asesmen.awal", "rahasia.jaga_identitas"),
        donts=("jangan.konfrontasi", "jangan.damai", *_VICTIM_DONTS),
        contacts=("uptd_ppa", "sapa_129", "polisi_110"),
        refs=(section(_PA, "peran-orang-tua", *_AWAL), legal("uu-12-2022", "Pasal 23")),
    ),
    Outcome(
        "h_anak_berkonflik", "Anak yang berkonflik dengan hukum",
        "Anak diduga melakukan sesuatu terhadap anak lain. Ia tetap anak dan tetap berhak didampingi.",
        why="Sistem peradilan pidana anak mengutamakan pemulihan. Pembimbing Kemasyarakatan, pendamping, dan "
            "bantuan hukum wajib dilibatkan sejak awal. Anak lain yang terdampak juga perlu didampingi.",
        urgency=Urgency.HARI_INI,
        steps=("abh.tetap_didampingi", "awal.jelaskan_langkah", "lapor.polisi", "abh.libatkan_pk", "abh.bantuan_hukum",
               "asesmen.awal", "abh.sekolah_tetap", "rahasia.jaga_identitas"),
        donts=("jangan.sebar_identitas", "jangan.keluarkan_sekolah", "jangan.salahkan", "jangan.buka_materi"),
        contacts=("uptd_ppa", "polisi_110", "sapa_129"),
        refs=(_abh("cara"), legal("uu-11-2012", "Pasal 27 ayat (1)"), legal("uu-11-2012", "Pasal 19")),
    ),
    Outcome(
        "h_korban_dan_berkonflik", "Anak yang mungkin korban sekaligus berkonflik dengan hukum",
        "Anak diduga melakukan sesuatu, tetapi mungkin dipaksa, diancam, dibujuk, atau ditipu. Ia didampingi "
        "lebih dulu sebagai korban.",
        why="Anak yang dipaksa, dibujuk, atau ditipu tidak dipidana. Orang yang memaksanya yang harus diproses.",
        urgency=Urgency.HARI_INI,
        steps=("awal.dengarkan", "abh.tetap_didampingi", *_REPORT, "abh.libatkan_pk", "abh.bantuan_hukum",
               "asesmen.awal", "asesmen.dukungan_psikologis", "rahasia.jaga_identitas"),
        donts=("jangan.salahkan", "jangan.interogasi", "jangan.buka_materi", "jangan.sebar_identitas"),
        contacts=("uptd_ppa", "sapa_129", "polisi_110"),
        refs=(_abh("apa-itu"), legal("uu-44-2008", "Penjelasan Pasal 8"), legal("pp-40-2011")),
    ),
    Outcome(
        "h_anak_saksi", "Anak saksi",
        "Anak melihat atau mengetahui kejadian. Ia berhak didampingi dan dilindungi seperti anak korban.",
        why="Melihat kekerasan juga dapat melukai anak. Keterangan anak saksi diambil dengan pendamping.",
        urgency=Urgency.HARI_INI,
        steps=(*_LISTEN, "lapor.uptd_ppa", "lapor.pendamping_saat_diperiksa", "asesmen.laporan_sosial",
               "asesmen.dukungan_psikologis", "rahasia.jaga_identitas"),
        donts=("jangan.interogasi", "jangan.sebar_identitas", "jangan.buka_materi"),
        contacts=("uptd_ppa", "sapa_129"),
        refs=(_korban("cara"), legal("uu-11-2012", "Pasal 23 ayat (2)"), legal("uu-11-2012", "Pasal 27 ayat (3)")),
    ),
    Outcome(
        "h_belum_jelas", "Posisi anak belum jelas",
        "Belum jelas apa yang dialami atau dilakukan anak. Anggap anak mungkin korban dan serahkan penilaiannya "
        "kepada UPTD PPA.",
        why="Menentukan posisi anak adalah tugas asesmen, bukan tugas orang yang pertama tahu. Anda cukup "
            "menjaga anak tetap aman dan melapor.",
        urgency=Urgency.HARI_INI,
        steps=(*_LISTEN, "awal.catat_fakta", "lapor.uptd_ppa", "asesmen.awal", "rahasia.jaga_identitas"),
        donts=(*_VICTIM_DONTS, "jangan.buka_materi"),
        contacts=("uptd_ppa", "sapa_129"),
        refs=(section("pendampingan/asesmen", "cara", "2.2", "Asesmen"), legal("pp-40-2011", "Pasal 10")),
    ),
)

EXAMPLES = (
    Example("guru_luka", "Guru menemukan murid kesakitan",
            "Seorang murid SMP bercerita kepada wali kelas bahwa ia dipaksa oleh kenalannya kemarin malam dan "
            "sekarang kesakitan.",
            (("q_bahaya", "medis"),), "h_darurat_medis"),
    Example("ragu_bahaya", "Orang tua tidak yakin anaknya aman",
            "Seorang ibu menerima pesan bahwa anaknya diancam, tetapi belum bisa menghubungi anaknya.",
            (("q_bahaya", "tidak_tahu"),), "h_darurat_bahaya"),
    Example("korban_tanpa_materi", "Anak dibujuk oleh tetangga",
            "Anak 10 tahun bercerita kepada guru ngaji bahwa tetangga sering mengajaknya melihat video tidak "
            "pantas. Tidak ada foto anak yang diketahui.",
            (("q_bahaya", "aman"), ("q_posisi", "korban"), ("q_pelaku_dekat", "tidak"), ("q_materi", "tidak")),
            "h_korban"),
    Example("video_beredar", "Video siswi beredar di grup kelas",
            "Wali kelas mendengar ada video seorang siswi yang beredar di grup obrolan kelas.",
            (("q_bahaya", "aman"), ("q_posisi", "korban"), ("q_pelaku_dekat", "tidak"), ("q_materi", "tersebar")),
            "h_korban_materi"),
    Example("pemerasan_daring", "Remaja diperas kenalan daring",
            "Remaja 15 tahun diminta mengirim uang oleh akun yang mengancam menyebarkan fotonya.",
            (("q_bahaya", "aman"), ("q_posisi", "korban"), ("q_pelaku_dekat", "tidak"), ("q_materi", "ancaman")),
            "h_korban_pemerasan"),
    Example("pelaku_serumah", "Anak menyebut anggota keluarga",
            "Tenaga kesehatan di puskesmas mendengar anak menyebut bahwa pamannya yang tinggal serumah "
            "memotretnya.",
            (("q_bahaya", "aman"), ("q_posisi", "korban"), ("q_pelaku_dekat", "ya")), "h_korban_pelaku_dekat"),
    Example("siswa_menyebarkan", "Siswa meneruskan video teman",
            "Seorang siswa 16 tahun meneruskan video teman sekelasnya ke grup lain. Tidak ada tanda ia disuruh "
            "orang lain.",
            (("q_bahaya", "aman"), ("q_posisi", "berkonflik"), ("q_dipaksa", "tidak")), "h_anak_berkonflik"),
    Example("disuruh_orang_dewasa", "Anak disuruh orang dewasa merekam temannya",
            "Anak 13 tahun merekam temannya karena disuruh dan diancam oleh seorang pria yang dikenalnya "
            "lewat gim daring.",
            (("q_bahaya", "aman"), ("q_posisi", "berkonflik"), ("q_dipaksa", "ya")), "h_korban_dan_berkonflik"),
    Example("teman_melihat", "Teman yang melihat kejadian",
            "Seorang anak melihat temannya dipaksa berfoto oleh orang dewasa dan menceritakannya kepada ibunya.",
            (("q_bahaya", "aman"), ("q_posisi", "saksi")), "h_anak_saksi"),
    Example("cerita_samar", "Cerita yang belum jelas",
            "Petugas PATBM mendengar kabar ada anak yang 'terlibat video' tetapi belum tahu apa yang terjadi.",
            (("q_bahaya", "aman"), ("q_posisi", "tidak_tahu")), "h_belum_jelas"),
)

TREE = Tree(
    id="penanganan_awal",
    slug="penanganan-awal",
    title="Penanganan awal",
    version="1.0.0",
    audience="Siapa pun yang pertama tahu: guru, orang tua, tenaga kesehatan, polisi, petugas layanan.",
    description="Langkah pertama ketika anak mungkin menjadi korban atau berkonflik dengan hukum dalam kasus "
                "pornografi: keselamatan dulu, lalu siapa yang dihubungi dan apa yang tidak boleh dilakukan.",
    root="q_bahaya",
    questions=QUESTIONS,
    outcomes=OUTCOMES,
    examples=EXAMPLES,
)
