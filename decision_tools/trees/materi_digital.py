"""Materi digital: what to do about a photo, video or live stream of a child, without ever holding it.

Why this tree exists: the first reflex of a worried adult is to look at the material "to be sure",
ask the child to send it, forward it to a superior or save it "as evidence". Each of those makes a
new copy and hurts the child again, and only law enforcement may hold it (UU 44/2008 Pasal 6). This
tool tells a caseworker, teacher or parent what to do instead: stop the sending, record where the
material is, hand that record to the police, report the link for removal, explain honestly what
removal cannot do, and support every child involved. Every outcome repeats the one rule that
never changes: do not open, copy, keep or forward the material.

The order of questions is deliberate: an ongoing threat or extortion comes first (the child may be
in danger and the next hours matter); then where the material is, because a copy on your own
device, on an institution's device or on the child's phone each needs its own first step; then,
for material circulating, whether the child recorded it and was pushed to, and whether an adult is
involved, which decides how the police report is framed and who else needs support.
"""

from __future__ import annotations

from ..model import Example, Option, Outcome, Question, Tree, Urgency
from ..sections import legal, section

__all__ = ["TREE"]

_PM = "pemulihan/penghapusan-materi"
_HAPUS = "4.7", "Penghapusan materi"


def _pm(anchor: str):  # a standard sub-section of 4.7
    return section(_PM, anchor, *_HAPUS)


_DAMPINGI = section(_PM, "mendampingi-anak", "4.7.9", "Mendampingi anak yang takut materi tidak hilang")
_SIDIK = section(_PM, "sidik-digital", "4.7.7", "Penghapusan berbasis sidik digital dan batasnya")
_DIBUAT_SENDIRI = section("pendahuluan/pengertian", "dibuat-sendiri", "1.2", "Istilah: materi yang dibuat sendiri")
_SEKOLAH_MATERI = section("pembinaan/sekolah", "jika-materi-beredar", "3.2.4", "Pembinaan di sekolah: saat materi beredar")

QUESTIONS = (
    Question(
        "q_ancaman",
        "Apakah anak sedang diancam, diperas, atau dimintai foto atau video lagi?",
        why="Ancaman dan pemerasan biasanya berlanjut dan makin berat bila dituruti. Anak yang diperas juga sering "
            "sangat takut, sehingga keselamatannya ditanyakan lebih dulu.",
        hint="Jawab dari apa yang Anda dengar. Jangan membuka materi untuk menjawab pertanyaan mana pun di alat ini.",
        options=(
            Option("ya", "Ya, ada ancaman atau pemerasan", "h_pemerasan",
                   hint="Misalnya ada yang meminta uang, pulsa, atau foto lain, atau mengancam menyebarkan materi."),
            Option("tidak", "Tidak ada ancaman", "q_tempat"),
            Option("tidak_tahu", "Tidak tahu", "h_pemerasan",
                   hint="Jika belum tahu, anggap ancaman mungkin ada: jangan membalas, jangan membayar."),
        ),
        refs=(section("pendahuluan/pengertian", "pemerasan-seksual", "1.2", "Istilah: pemerasan seksual"),
              legal("uu-12-2022", "Pasal 14 ayat (2)")),
    ),
    Question(
        "q_tempat",
        "Di mana materi itu berada, sejauh yang Anda ketahui?",
        why="Salinan di perangkat Anda sendiri, di perangkat lembaga, atau di ponsel anak masing-masing perlu "
            "langkah pertama yang berbeda. Materi yang beredar perlu dilaporkan untuk dihapus.",
        hint="Pilih yang paling dekat dengan keadaannya.",
        options=(
            Option("perangkat_saya", "Di ponsel, surel, atau akun saya", "h_perangkat_saya",
                   hint="Misalnya seseorang meneruskannya kepada Anda, atau orang tua atau anak mengirimkannya "
                        "supaya \"dicek\"."),
            Option("perangkat_lembaga", "Di perangkat sekolah atau lembaga", "h_perangkat_lembaga",
                   hint="Komputer, laptop, tablet, atau ponsel milik sekolah, madrasah, pesantren, atau kantor."),
            Option("ponsel_anak", "Di ponsel anak, ditemukan orang tua", "h_ponsel_anak"),
            Option("beredar", "Beredar di internet atau di antara teman", "q_dibuat_sendiri",
                   hint="Di media sosial, situs, grup obrolan, atau dikirim dari ponsel ke ponsel."),
            Option("tidak_tahu", "Belum tahu", "q_dibuat_sendiri",
                   hint="Jangan mencarinya. Jawab pertanyaan berikutnya dengan yang sudah diketahui."),
        ),
        refs=(_pm("cara"), legal("uu-44-2008", "Pasal 6")),
    ),
    Question(
        "q_dibuat_sendiri",
        "Apakah foto atau video itu direkam oleh anak itu sendiri?",
        why="Materi yang direkam anak terhadap dirinya sendiri sering dibuat karena dibujuk atau ditekan, dan "
            "tersebar di luar kehendaknya. Anak itu tetap korban; yang dicari adalah siapa yang meminta dan "
            "siapa yang menyebarkan.",
        hint="Disebut \"materi yang dibuat sendiri\". Pertanyaan ini bukan untuk mencari kesalahan anak.",
        options=(
            Option("ya", "Ya, anak merekam dirinya sendiri", "q_dibujuk"),
            Option("tidak", "Tidak, orang lain yang merekam", "q_dewasa"),
            Option("tidak_tahu", "Tidak tahu", "q_dewasa"),
        ),
        refs=(_DIBUAT_SENDIRI, legal("uu-44-2008", "Penjelasan Pasal 8")),
    ),
    Question(
        "q_dibujuk",
        "Apakah ada tanda anak dibujuk, ditekan, diancam, atau ditipu agar membuat atau mengirimnya?",
        why="Anak yang dibujuk, dipaksa, atau ditipu tidak dipidana karena menjadi objek materi. Orang yang "
            "membujuk atau menekannya yang harus dilaporkan.",
        hint="Misalnya terus diminta oleh \"pacar\" atau kenalan daring, diberi hadiah atau pulsa, atau dijanjikan "
             "sesuatu.",
        options=(
            Option("ya", "Ya, ada tanda itu", "h_dibuat_sendiri"),
            Option("tidak", "Tidak ada tanda itu", "q_dewasa",
                   hint="Misalnya dikirim kepada teman sebaya yang kemudian meneruskannya tanpa persetujuan."),
            Option("tidak_tahu", "Tidak tahu", "h_dibuat_sendiri",
                   hint="Jika belum tahu, anggap anak mungkin dibujuk atau ditekan."),
        ),
        refs=(_DAMPINGI, legal("uu-44-2008", "Penjelasan Pasal 8"), legal("uu-12-2022", "Pasal 14 ayat (5)")),
    ),
    Question(
        "q_dewasa",
        "Apakah ada orang dewasa yang merekam, meminta, menyimpan, atau menyebarkan materi itu?",
        why="Bila ada orang dewasa yang terlibat, perkaranya tidak boleh diselesaikan secara damai dan harus "
            "ditangani polisi. Bila hanya anak-anak, setiap anak tetap didampingi, termasuk yang meneruskan.",
        hint="Termasuk akun yang tidak jelas siapa pemiliknya atau berapa umurnya.",
        options=(
            Option("ya", "Ya, ada orang dewasa", "h_beredar_dewasa"),
            Option("tidak", "Tidak, hanya anak-anak atau teman sebaya", "h_beredar_sebaya"),
            Option("tidak_tahu", "Tidak tahu", "h_beredar_dewasa",
                   hint="Jika belum tahu, anggap orang dewasa mungkin terlibat."),
        ),
        refs=(_pm("siapa"), legal("uu-12-2022", "Pasal 23")),
    ),
)

_REMOVAL = ("materi.lapor_penghapusan", "materi.jelaskan_batas", "materi.rencana_muncul_lagi")

OUTCOMES = (
    Outcome(
        "h_pemerasan", "Anak diancam atau diperas dengan materi",
        "Seseorang mengancam anak dengan foto atau video, atau meminta uang atau materi lain. Keselamatan anak "
        "dulu, lalu polisi hari ini.",
        why="Membayar atau mengirim lagi jarang menghentikan ancaman. Polisi membutuhkan akun dan percakapan "
            "pengancam, jadi keduanya tidak dihapus, tetapi materinya juga tidak disalin atau diteruskan.",
        urgency=Urgency.SEGERA,
        steps=("materi.keselamatan_diri", "awal.dengarkan", "materi.jangan_bayar", "materi.catat_lokasi",
               "lapor.polisi", "materi.lapor_siber", "lapor.uptd_ppa", "materi.amankan_akun",
               "materi.lapor_penghapusan", "materi.anak_tetap_korban", "asesmen.dukungan_psikologis",
               "rahasia.jaga_identitas"),
        donts=("jangan.buka_materi", "jangan.tebus", "jangan.hapus_bukti", "jangan.konfrontasi", "jangan.salahkan"),
        contacts=("polisi_110", "sapa_129", "igd", "aduan_konten"),
        refs=(section("pembinaan/literasi-digital", "saat-diancam", "3.6.4",
                      "Literasi digital: saat diminta gambar atau diancam"),
              _pm("peran-orang-tua"), legal("uu-12-2022", "Pasal 14 ayat (2)")),
    ),
    Outcome(
        "h_perangkat_saya", "Materi terkirim ke perangkat Anda",
        "Materi ada di ponsel, surel, atau akun Anda. Jangan dibuka lagi dan jangan diteruskan; beri tahu penyidik "
        "hari ini, lalu hapus sesuai petunjuknya.",
        why="Petugas layanan tidak berwenang menyimpan materi dan tidak membutuhkannya untuk bekerja. Penyidik perlu "
            "tahu ada salinan di perangkat Anda sebelum salinan itu dihapus.",
        urgency=Urgency.HARI_INI,
        steps=("materi.jangan_kirim", "materi.beri_tahu_penyidik", "materi.catat_lokasi", "lapor.uptd_ppa",
               "materi.hapus_dari_perangkat", "materi.matikan_unduh_otomatis", "rahasia.jaga_identitas"),
        donts=("jangan.buka_materi", "jangan.hapus_bukti", "jangan.sebar_identitas"),
        contacts=("polisi_110", "uptd_ppa", "sapa_129"),
        refs=(_pm("cara"), section(_PM, "larangan", "4.7.1", "Mengapa petugas tidak boleh memegang materi"),
              legal("uu-44-2008", "Pasal 6")),
    ),
    Outcome(
        "h_perangkat_lembaga", "Materi ada di perangkat sekolah atau lembaga",
        "Materi ditemukan di perangkat milik sekolah, madrasah, pesantren, atau kantor. Perangkat disimpan apa "
        "adanya untuk penyidik, dan kasusnya dilaporkan hari ini.",
        why="Memeriksa isi perangkat adalah tugas penyidik. Bila materi di perangkat lembaga, mungkin ada orang "
            "dewasa di lembaga yang terlibat, sehingga tidak boleh ada penyelesaian internal.",
        urgency=Urgency.SEGERA,
        steps=("materi.amankan_perangkat_lembaga", "lembaga.jauhkan_dewasa", "materi.catat_lokasi", "lapor.polisi",
               "lapor.uptd_ppa", "lembaga.libatkan_tim", "lembaga.catat_tanpa_identitas", "rahasia.jaga_identitas"),
        donts=("jangan.buka_materi", "jangan.cari_materi", "jangan.damai", "jangan.pindahkan_pelaku",
               "jangan.tunda_laporan"),
        contacts=("polisi_110", "uptd_ppa", "sapa_129"),
        refs=(section("koordinasi/rujukan", "apa-yang-dikirim", "5.2.7", "Rujukan: apa yang dikirim ke setiap lembaga"),
              _SEKOLAH_MATERI, legal("uu-44-2008", "Pasal 6"), legal("uu-12-2022", "Pasal 23")),
    ),
    Outcome(
        "h_ponsel_anak", "Orang tua menemukan materi di ponsel anak",
        "Orang tua melihat foto atau video di ponsel anaknya. Ponsel disimpan apa adanya, anak diajak bicara "
        "tanpa disalahkan, dan UPTD PPA menilai apa yang terjadi.",
        why="Orang tua tidak perlu, dan tidak boleh, memeriksa isi ponsel untuk memastikan. Yang penting adalah "
            "keselamatan anak dan siapa yang meminta, mengirim, atau menyebarkan; itu dinilai UPTD PPA dan polisi.",
        urgency=Urgency.HARI_INI,
        steps=("materi.ponsel_anak_apa_adanya", "materi.bicara_tenang", "materi.catat_lokasi", "lapor.uptd_ppa",
               "lapor.polisi", "materi.anak_tetap_korban", "asesmen.awal", "rahasia.jaga_identitas"),
        donts=("jangan.buka_materi", "jangan.sita_hukuman", "jangan.salahkan", "jangan.hapus_bukti",
               "jangan.konfrontasi"),
        contacts=("sapa_129", "uptd_ppa", "polisi_110"),
        refs=(_pm("peran-orang-tua"), _DIBUAT_SENDIRI, legal("uu-44-2008", "Pasal 6")),
    ),
    Outcome(
        "h_dibuat_sendiri", "Materi yang dibuat sendiri karena dibujuk atau ditekan",
        "Anak merekam dirinya sendiri karena dibujuk, ditekan, diancam, atau ditipu. Anak adalah korban; orang yang "
        "membujuk atau menekannya dilaporkan ke polisi.",
        why="Anak yang dibujuk, dipaksa, atau ditipu tidak dipidana karena menjadi objek materi, dan persetujuannya "
            "tidak menghapus tuntutan terhadap orang yang merekam atau menyebarkan. Rasa bersalah anak perlu "
            "dijawab sejak awal.",
        urgency=Urgency.HARI_INI,
        steps=("awal.dengarkan", "materi.anak_tetap_korban", "materi.bicara_tenang", "materi.catat_lokasi",
               "lapor.polisi", "materi.lapor_siber", "lapor.uptd_ppa", *_REMOVAL, "asesmen.dukungan_psikologis",
               "rahasia.jaga_identitas"),
        donts=("jangan.buka_materi", "jangan.salahkan", "jangan.sita_hukuman", "jangan.damai", "jangan.janji_kosong"),
        contacts=("uptd_ppa", "polisi_110", "aduan_konten", "sapa_129"),
        refs=(_DIBUAT_SENDIRI, _DAMPINGI, legal("uu-44-2008", "Penjelasan Pasal 8"),
              legal("uu-12-2022", "Pasal 14 ayat (5)")),
    ),
    Outcome(
        "h_beredar_dewasa", "Materi beredar, dan orang dewasa mungkin terlibat",
        "Materi tentang anak beredar di internet atau di antara orang lain, dan ada, atau mungkin ada, orang "
        "dewasa yang merekam, meminta, menyimpan, atau menyebarkannya.",
        why="Penyebaran dihentikan lewat polisi, Komdigi, dan platform, tanpa seorang pun di layanan membuka atau "
            "menyimpan materi. Perkara dengan orang dewasa tidak boleh diselesaikan di luar proses peradilan.",
        urgency=Urgency.HARI_INI,
        steps=("materi.jangan_kirim", "materi.catat_lokasi", "lapor.polisi", "materi.lapor_siber", "lapor.uptd_ppa",
               *_REMOVAL, "materi.simpan_tiket", "materi.tanya_sidik_digital", "materi.anak_tetap_korban",
               "asesmen.dukungan_psikologis", "rahasia.jaga_identitas"),
        donts=("jangan.buka_materi", "jangan.cari_materi", "jangan.damai", "jangan.janji_kosong",
               "jangan.sebar_identitas"),
        contacts=("polisi_110", "aduan_konten", "uptd_ppa", "sapa_129"),
        refs=(_pm("cara"), _SIDIK, legal("uu-12-2022", "Pasal 68 huruf g"), legal("uu-12-2022", "Pasal 23")),
    ),
    Outcome(
        "h_beredar_sebaya", "Materi beredar di antara anak-anak",
        "Materi tentang seorang anak beredar di antara teman sebaya, tanpa orang dewasa yang diketahui terlibat. "
        "Setiap anak didampingi: yang tampak dalam materi, yang meneruskan, dan yang menerima.",
        why="Materi yang terus menyebar tetap dilaporkan ke polisi dan UPTD PPA hari itu juga. Anak yang tampak "
            "dalam materi adalah korban; anak yang meneruskan perlu pembinaan, bukan sekadar hukuman.",
        urgency=Urgency.HARI_INI,
        steps=("materi.jangan_kirim", "materi.catat_lokasi", "lapor.polisi", "lapor.uptd_ppa", "materi.salinan_teman",
               "lembaga.kenali_setiap_anak", "materi.anak_tetap_korban", "materi.dampingi_penyebar", *_REMOVAL,
               "rahasia.jaga_identitas"),
        donts=("jangan.buka_materi", "jangan.cari_materi", "jangan.keluarkan_sekolah", "jangan.pertemukan",
               "jangan.salahkan"),
        contacts=("uptd_ppa", "polisi_110", "aduan_konten", "sapa_129"),
        refs=(_SEKOLAH_MATERI, section("pendampingan/sosial-pendidikan", "cara", "2.7",
                                       "Pendampingan sosial dan pendidikan"),
              legal("uu-12-2022", "Pasal 14 ayat (5)"), legal("uu-11-2012")),
    ),
)

EXAMPLES = (
    Example("pemerasan_gim", "Remaja diperas kenalan dari gim daring",
            "Remaja 14 tahun bercerita kepada guru BK bahwa kenalan dari gim daring meminta pulsa dan foto lagi, "
            "dan mengancam menyebarkan foto yang sudah dikirim.",
            (("q_ancaman", "ya"),), "h_pemerasan"),
    Example("pesan_samar", "Pesan yang belum jelas",
            "Seorang ibu menerima kabar dari teman anaknya bahwa \"ada yang mengancam\" anaknya, tetapi belum tahu "
            "apa yang terjadi.",
            (("q_ancaman", "tidak_tahu"),), "h_pemerasan"),
    Example("dikirim_untuk_dicek", "Video dikirim ke pekerja sosial \"supaya dicek\"",
            "Seorang ayah yang panik meneruskan video anaknya ke nomor WhatsApp pekerja sosial supaya \"dicek\".",
            (("q_ancaman", "tidak"), ("q_tempat", "perangkat_saya")), "h_perangkat_saya"),
    Example("laptop_sekolah", "Berkas ditemukan di laptop sekolah",
            "Staf tata usaha menemukan folder berisi foto siswa yang tidak pantas di laptop sekolah yang dipakai "
            "bergantian oleh guru.",
            (("q_ancaman", "tidak"), ("q_tempat", "perangkat_lembaga")), "h_perangkat_lembaga"),
    Example("galeri_anak", "Orang tua melihat foto di ponsel anak",
            "Seorang ibu melihat foto yang tidak pantas di galeri ponsel anaknya yang berusia 12 tahun.",
            (("q_ancaman", "tidak"), ("q_tempat", "ponsel_anak")), "h_ponsel_anak"),
    Example("dibujuk_pacar_daring", "Foto yang dibuat karena terus dibujuk",
            "Siswi 15 tahun mengirim fotonya kepada \"pacar\" yang dikenalnya lewat media sosial setelah terus "
            "dibujuk. Foto itu sekarang beredar.",
            (("q_ancaman", "tidak"), ("q_tempat", "beredar"), ("q_dibuat_sendiri", "ya"), ("q_dibujuk", "ya")),
            "h_dibuat_sendiri"),
    Example("video_di_situs", "Video anak diunggah ke sebuah situs",
            "Keluarga memberi tahu pendamping bahwa video anak mereka, yang direkam oleh seorang kenalan dewasa, "
            "diunggah ke sebuah situs.",
            (("q_ancaman", "tidak"), ("q_tempat", "beredar"), ("q_dibuat_sendiri", "tidak"), ("q_dewasa", "ya")),
            "h_beredar_dewasa"),
    Example("kabar_tanpa_rincian", "Kabar tentang video tanpa rincian",
            "Pendamping mendengar bahwa ada video seorang anak dampingannya, tetapi belum tahu siapa yang merekam "
            "atau di mana video itu.",
            (("q_ancaman", "tidak"), ("q_tempat", "tidak_tahu"), ("q_dibuat_sendiri", "tidak_tahu"),
             ("q_dewasa", "tidak_tahu")),
            "h_beredar_dewasa"),
    Example("diteruskan_ke_grup_kelas", "Foto diteruskan teman sekelas",
            "Foto yang dikirim seorang siswa SMA kepada pacarnya yang seumur diteruskan ke grup kelas tanpa "
            "persetujuannya.",
            (("q_ancaman", "tidak"), ("q_tempat", "beredar"), ("q_dibuat_sendiri", "ya"), ("q_dibujuk", "tidak"),
             ("q_dewasa", "tidak")),
            "h_beredar_sebaya"),
)

TREE = Tree(
    id="materi_digital",
    slug="materi-digital",
    title="Materi digital",
    version="1.0.0",
    audience="Siapa pun yang tahu ada foto, video, atau siaran tentang anak: pendamping, guru, orang tua, petugas "
             "layanan.",
    description="Apa yang dilakukan ketika ada foto, video, atau siaran tentang anak, tanpa pernah membukanya: apa "
                "yang dicatat, ke mana melapor agar materi dihapus, batas penghapusan, dan siapa yang didampingi.",
    root="q_ancaman",
    questions=QUESTIONS,
    outcomes=OUTCOMES,
    examples=EXAMPLES,
)
