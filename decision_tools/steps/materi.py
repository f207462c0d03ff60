"""Steps about the material itself: stopping copies, what to record, reporting, removal and its limits.

Why this module exists: whoever learns that a photo, video or live stream of a child exists must
act on it without ever holding it. These steps say what to do instead (stop the sending, record
where it is, tell the investigator, report the link, explain honestly what removal can and cannot
do), who does it and on what basis. The general steps (``materi.catat_lokasi``,
``materi.lapor_penghapusan``, ``materi.jangan_bayar``) live in :mod:`.awal` and are reused.
"""

from __future__ import annotations

from ..model import Step, Strength, Urgency
from ..sections import legal, section

__all__ = ["STEPS"]

_PM = "pemulihan/penghapusan-materi"
_HAPUS = "4.7", "Penghapusan materi"

S, U = Strength, Urgency


def _pm(anchor: str):  # a standard sub-section of 4.7
    return section(_PM, anchor, *_HAPUS)


_KANAL = section(_PM, "kanal", "4.7.4", "Penghapusan materi: ke mana melapor")
_SIDIK = section(_PM, "sidik-digital", "4.7.7", "Penghapusan berbasis sidik digital dan batasnya")
_ULANG = section(_PM, "unggah-ulang", "4.7.8", "Bila materi diunggah ulang")
_DAMPINGI = section(_PM, "mendampingi-anak", "4.7.9", "Mendampingi anak yang takut materi tidak hilang")
_SOSDIK = section("pendampingan/sosial-pendidikan", "cara", "2.7", "Pendampingan sosial dan pendidikan")
_SEKOLAH_MATERI = section("pembinaan/sekolah", "jika-materi-beredar", "3.2.4", "Pembinaan di sekolah: saat materi beredar")

STEPS: dict[str, Step] = {
    s.id: s
    for s in (
        # Menghentikan salinan ----------------------------------------------------------------------
        Step("materi.jangan_kirim",
             "Bila seseorang hendak menunjukkan atau mengirim materi kepada Anda, hentikan dengan kalimat ini: "
             "\"Jangan kirim. Cukup beri tahu di mana materi itu ada.\"",
             "Siapa pun yang pertama mendengar", U.SEGERA, S.STANDAR,
             (_pm("cara"), legal("uu-44-2008", "Pasal 6")),
             "Setiap kiriman membuat salinan baru. Untuk melapor, yang dibutuhkan hanya tempat materi berada."),
        Step("materi.beri_tahu_penyidik",
             "Materi terlanjur ada di ponsel, surel, atau akun Anda: jangan dibuka lagi dan jangan diteruskan, "
             "juga tidak kepada atasan. Beri tahu penyidik hari itu juga bahwa materi ada di perangkat Anda, dan "
             "ikuti petunjuknya.",
             "Petugas yang menerima materi", U.HARI_INI, S.STANDAR,
             (_pm("cara"), legal("uu-44-2008", "Pasal 6"), legal("uu-1-2023", "Pasal 407 ayat (1)")),
             "Hanya penegak hukum yang berwenang menyimpan materi. Meneruskannya, bahkan kepada rekan kerja, "
             "dapat termasuk menyebarluaskan."),
        Step("materi.hapus_dari_perangkat",
             "Setelah penyidik memberi petunjuk, hapus materi dari perangkat, dari folder yang baru dihapus, dari "
             "cadangan (backup), dan dari penyimpanan awan. Catat tanggal dan jam Anda melakukannya.",
             "Petugas yang menerima materi", U.HARI_INI, S.STANDAR,
             (_pm("cara"), legal("uu-44-2008", "Pasal 6"), legal("uu-44-2008", "Pasal 32")),
             "Menyimpan materi dilarang dan berisiko bocor. Penyidik yang menentukan kapan salinan boleh "
             "dihapus, supaya bukti tidak hilang."),
        Step("materi.matikan_unduh_otomatis",
             "Matikan unduhan otomatis media di aplikasi percakapan, terutama di grup kerja, supaya kiriman "
             "berikutnya tidak tersimpan sendiri di galeri.",
             "Setiap petugas yang menangani kasus", U.HARI_INI, S.STANDAR,
             (section("koordinasi/kerahasiaan", "aplikasi-percakapan", "5.4.4", "Kerahasiaan: aplikasi percakapan"),),
             "Gambar yang terunduh otomatis ikut tercadang ke layanan awan dan mudah terkirim ulang."),
        Step("materi.amankan_perangkat_lembaga",
             "Jangan membuka berkas atau memeriksa perangkat itu. Hentikan pemakaiannya, simpan apa adanya di "
             "tempat terkunci, catat siapa saja yang memegangnya, dan serahkan hanya kepada penyidik yang memintanya.",
             "Kepala sekolah atau pimpinan lembaga", U.SEGERA, S.STANDAR,
             (section("koordinasi/rujukan", "apa-yang-dikirim", "5.2.7", "Rujukan: apa yang dikirim ke setiap lembaga"),
              section("koordinasi/peran-lembaga", "jangan", "5.1", "Peran lembaga"), legal("uu-44-2008", "Pasal 6")),
             "Memeriksa bukti elektronik adalah tugas penyidik. Perangkat yang dibuka-buka membuat salinan baru "
             "dan dapat merusak bukti."),
        Step("materi.ponsel_anak_apa_adanya",
             "Jangan membuka galeri atau percakapan lebih jauh, jangan menghapus, dan jangan meneruskan apa pun. "
             "Simpan ponsel apa adanya dan bawa kepada penyidik bila diminta.",
             "Orang tua/wali", U.SEGERA, S.STANDAR,
             (_pm("peran-orang-tua"), legal("uu-44-2008", "Pasal 6")),
             "Bukti di ponsel diamankan oleh penyidik. Yang dihapus sebelum itu bisa hilang sebagai bukti, dan "
             "yang dibuka atau diteruskan melukai anak lagi."),
        # Anak ---------------------------------------------------------------------------------------
        Step("materi.keselamatan_diri",
             "Tanyakan keselamatan anak lebih dulu, dengan tenang dan langsung. Bila anak bicara tentang menyakiti "
             "diri, jangan tinggalkan ia sendirian, bawa ke IGD, atau telepon 110.",
             "Orang dewasa pertama yang dihubungi anak", U.SEGERA, S.STANDAR,
             (section("pendahuluan/pengertian", "pemerasan-seksual", "1.2", "Istilah: pemerasan seksual"),
              section("pendampingan/asesmen", "tingkat-risiko", "2.2.4", "Asesmen: tingkat risiko")),
             "Anak yang diperas sering sangat takut dan malu, dan sebagian berpikir untuk menyakiti dirinya."),
        Step("materi.bicara_tenang",
             "Bicaralah dengan anak dengan tenang. Jangan bertanya \"Kenapa kamu mengirimnya?\". Tanyakan \"Apa "
             "yang terjadi setelah itu? Apakah kamu aman sekarang? Apakah ada yang meminta atau mengancammu?\"",
             "Orang tua/wali atau pendamping", U.HARI_INI, S.STANDAR,
             (section("pendahuluan/pengertian", "dibuat-sendiri", "1.2", "Istilah: materi yang dibuat sendiri"),
              _DAMPINGI),
             "Anak yang merasa disalahkan berhenti bercerita, padahal orang yang meminta atau mengancam perlu "
             "segera diketahui."),
        Step("materi.anak_tetap_korban",
             "Katakan kepada anak yang tampak dalam materi bahwa ia tidak bersalah. Yang salah adalah orang yang "
             "meminta, memaksa, merekam, memeras, atau menyebarkan.",
             "Pendamping dan orang tua/wali", U.HARI_INI, S.STANDAR,
             (_DAMPINGI, legal("uu-44-2008", "Penjelasan Pasal 8"), legal("uu-12-2022", "Pasal 14 ayat (5)")),
             "Anak yang dibujuk, ditekan, diancam, atau ditipu tidak dipidana karena menjadi objek materi. Bila "
             "korbannya anak, persetujuan anak tidak menghapus tuntutan terhadap orang yang merekam atau "
             "mengirim konten seksual. Ini berlaku juga untuk materi yang dibuat sendiri oleh anak."),
        Step("materi.amankan_akun",
             "Setelah nama akun, tautan profil, dan waktunya dicatat, bantu anak memblokir dan melaporkan akun "
             "pengancam, mengganti kata sandi, dan mengatur privasi akunnya. Akun dan percakapan jangan dihapus.",
             "Orang tua/wali atau pendamping", U.HARI_INI, S.STANDAR,
             (section("pembinaan/literasi-digital", "saat-diancam", "3.6.4", "Literasi digital: saat diminta gambar "
                      "atau diancam"), _SOSDIK),
             "Pengancam tidak bisa menghubungi anak lagi, sementara keterangannya tetap ada untuk polisi."),
        # Melapor dan penghapusan --------------------------------------------------------------------
        Step("materi.lapor_siber",
             "Untuk materi di internet, penyidik bisa dari Ditressiber Polda; laporan kejahatan siber juga dapat "
             "dibuat lewat patrolisiber.id. Serahkan catatan lokasi, dan tanyakan apakah penyidik perlu "
             "mengamankan bukti dari platform sebelum penghapusan diminta.",
             "Manajer kasus atau pendamping hukum", U.HARI_INI, S.STANDAR,
             (_pm("cara"), _KANAL, legal("uu-12-2022", "Pasal 55")),
             "Penyidik dapat meminta data kepada platform dan membuat materi tidak dapat diakses. Bukti tentang "
             "orang yang mengunggah mungkin perlu diamankan lebih dulu."),
        Step("materi.simpan_tiket",
             "Simpan nomor laporan polisi dan semua nomor tiket platform dan Komdigi di berkas kasus. Pantau "
             "statusnya lewat tiket atau penyidik, dua sampai tiga hari kemudian lalu seminggu sekali, bukan dengan "
             "membuka tautannya.",
             "Manajer kasus UPTD PPA", U.BERKELANJUTAN, S.STANDAR,
             (_pm("cara"), _pm("standar-minimum")),
             "Nomor tiket membuktikan laporan sudah dibuat, dan dipakai lagi bila materi muncul kembali."),
        Step("materi.jelaskan_batas",
             "Jelaskan dengan jujur kepada anak dan keluarga: penghapusan bisa makan waktu, salinan bisa muncul lagi "
             "di akun atau situs lain, dan pemblokiran dengan sidik digital (hash) hanya menangkap salinan yang "
             "sudah dikenal. Salinan yang diubah, yang dikirim lewat percakapan terenkripsi, atau yang tersimpan di "
             "perangkat seseorang tidak ikut tertangkap.",
             "Manajer kasus atau psikolog", U.MINGGU_INI, S.STANDAR,
             (_SIDIK, _DAMPINGI),
             "Janji bahwa materi pasti hilang tidak bisa dipegang. Rencana yang jujur lebih menenangkan daripada "
             "janji yang kemudian ternyata salah."),
        Step("materi.tanya_sidik_digital",
             "Tanyakan kepada penyidik apakah sidik digital (hash) dari materi dalam kasus ini sudah dikirim ke "
             "daftar yang dipakai platform. Layanan tidak pernah membuatnya sendiri.",
             "Manajer kasus UPTD PPA", U.MINGGU_INI, S.STANDAR,
             (_SIDIK,),
             "Sidik digital hanya bisa dibuat dari materinya, jadi hanya pihak yang berwenang memegang materi "
             "yang membuatnya."),
        Step("materi.rencana_muncul_lagi",
             "Susun rencana tertulis bersama anak dan keluarga bila materi muncul lagi: siapa yang dihubungi, apa "
             "yang dikatakan kepada teman yang melihat (\"Jangan buka, jangan teruskan, beri tahu orang dewasa, "
             "laporkan akunnya\"), dan bahwa setiap salinan baru dilaporkan dengan nomor laporan yang lama.",
             "Manajer kasus dan psikolog", U.MINGGU_INI, S.STANDAR,
             (_ULANG, _pm("standar-minimum")),
             "Materi yang sudah dihapus bisa muncul lagi. Dengan rencana, anak tahu ia tidak menghadapinya sendirian."),
        # Teman sebaya -------------------------------------------------------------------------------
        Step("materi.salinan_teman",
             "Minta setiap anak yang menerima materi berhenti meneruskan dan memberi tahu orang dewasa. Tanyakan "
             "kepada penyidik kapan dan bagaimana salinan di ponsel mereka dihapus, supaya bukti tidak hilang.",
             "Sekolah, TPPK, atau pendamping, bersama orang tua", U.HARI_INI, S.STANDAR,
             (_SOSDIK, _SEKOLAH_MATERI),
             "Penyebaran di antara teman harus berhenti hari itu juga, tetapi ponsel mereka bukan urusan sekolah "
             "atau orang tua untuk diperiksa."),
        Step("materi.dampingi_penyebar",
             "Dampingi anak yang ikut meneruskan: nilai apakah ia juga ditekan orang lain, jelaskan dampak "
             "perbuatannya, beri bimbingan, dan libatkan orang tuanya. Bila ada proses hukum, ia anak yang "
             "berkonflik dengan hukum dan berhak didampingi.",
             "TPPK, Peksos, atau pendamping UPTD PPA", U.MINGGU_INI, S.STANDAR,
             (_SEKOLAH_MATERI, section("pendampingan/hukum-anak-berkonflik", "cara", "2.6",
                                       "Pendampingan hukum anak yang berkonflik dengan hukum"),
              legal("uu-11-2012"), legal("pp-40-2011")),
             "Tanpa pembinaan, perilaku itu tidak berubah. Anak yang meneruskan tetap anak, dan kadang ia sendiri "
             "ditekan orang lain."),
    )
}
