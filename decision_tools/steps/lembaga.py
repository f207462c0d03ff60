"""Steps for an incident at a school, madrasah, pesantren or other religious institution.

Why this module exists: a school or religious institution is often where a case surfaces, and
what it does in the first day decides whether every child involved is protected, whether the
case reaches the police and the UPTD PPA, and whether it is quietly "settled" inside. These steps
follow Pedoman 3.2 (sekolah) and 3.3 (lembaga keagamaan); each says who does it and on what basis.
"""

from __future__ import annotations

from ..model import Step, Strength, Urgency
from ..sections import legal, section

__all__ = ["STEPS"]

S, U = Strength, Urgency

_SK = "pembinaan/sekolah"
_LK = "pembinaan/lembaga-keagamaan"
_SEKOLAH_MATERI = section(_SK, "jika-materi-beredar", "3.2.4", "Pembinaan di sekolah: saat materi beredar")
_SEKOLAH_ORTU = section(_SK, "peran-orang-tua", "3.2", "Pembinaan di sekolah")
_SEKOLAH_SIAPA = section(_SK, "siapa", "3.2", "Pembinaan di sekolah")
_LEMBAGA_KASUS = section(_LK, "jika-ada-kasus", "3.3.4", "Lembaga keagamaan: saat ada kasus")
_SOSDIK = section("pendampingan/sosial-pendidikan", "cara", "2.7", "Pendampingan sosial dan pendidikan")
_CATAT = "koordinasi/pencatatan", "5.5", "Pencatatan"

STEPS: dict[str, Step] = {
    s.id: s
    for s in (
        Step("lembaga.jauhkan_dewasa",
             "Jauhkan anak dari orang dewasa yang diduga terlibat. Bila ia staf, pengajar, pengasuh, atau relawan "
             "lembaga, bebastugaskan dari semua kegiatan dengan anak selama proses berjalan.",
             "Kepala sekolah atau pimpinan lembaga", U.SEGERA, S.STANDAR,
             (_LEMBAGA_KASUS,),
             "Anak yang melapor, dan anak lain di lembaga, tidak boleh tetap berada dalam jangkauan orang yang "
             "diduga melakukan."),
        Step("lembaga.pertolongan_medis",
             "Bila anak terluka, kesakitan, atau kekerasan seksual fisik baru saja terjadi, bawa anak ke IGD atau "
             "puskesmas sekarang. Laporan menyusul.",
             "Guru atau pengasuh yang bersama anak", U.SEGERA, S.STANDAR,
             (section("pendampingan/medis", "cara", "2.4", "Pendampingan medis"),),
             "Pertolongan medis tidak boleh menunggu laporan atau rapat."),
        Step("lembaga.libatkan_tim",
             "Serahkan penanganan kepada TPPK di sekolah, atau kepada pengelola madrasah, pesantren, atau satuan "
             "pendidikan keagamaan yang menjalankan PMA 73/2022, dan beri tahu Kantor Kemenag. Tunjuk satu "
             "penghubung untuk UPTD PPA dan polisi.",
             "Kepala sekolah atau pimpinan lembaga", U.HARI_INI, S.STANDAR,
             (_SOSDIK, _SEKOLAH_SIAPA, _LEMBAGA_KASUS, legal("permendikbudristek-46-2023"), legal("pma-73-2022")),
             "TPPK dapat memanggil dan meminta keterangan, dan mengoordinasikan pemulihan dengan psikolog, tenaga "
             "kesehatan, pekerja sosial, dan pembimbing agama. Permendikbudristek 46/2023 masih berlaku tetapi "
             "sedang disempurnakan: periksa apakah sudah ada aturan pengganti."),
        Step("lembaga.beri_tahu_orang_tua",
             "Beri tahu orang tua atau wali setiap anak yang terlibat. Jangan beri tahu lebih dulu bila itu "
             "menambah bahaya bagi anak, misalnya orang tua diduga terlibat atau anak terancam dipukul di rumah; "
             "dalam keadaan itu minta arahan UPTD PPA.",
             "TPPK atau pimpinan lembaga", U.HARI_INI, S.STANDAR,
             (_SEKOLAH_ORTU, _LEMBAGA_KASUS),
             "Orang tua perlu ikut menyusun rencana dukungan, kecuali bila pemberitahuan justru membahayakan anak."),
        Step("lembaga.kenali_setiap_anak",
             "Kenali setiap anak yang terlibat: anak yang mengalami kejadian atau tampak dalam materi, anak yang "
             "membuat atau meminta, anak yang meneruskan, anak yang menerima, dan anak yang menyaksikan. Tunjuk "
             "satu pendamping untuk setiap anak.",
             "TPPK bersama UPTD PPA", U.HARI_INI, S.STANDAR,
             (_SEKOLAH_MATERI, _SOSDIK,
              section("pendampingan/sosial-pendidikan", "standar-minimum", "2.7", "Pendampingan sosial dan pendidikan")),
             "Setiap anak yang terlibat berhak atas dukungan, bukan hanya anak yang tampak dalam materi. Anak yang "
             "meneruskan bisa saja juga ditekan orang lain."),
        Step("lembaga.hentikan_penyebaran",
             "Umumkan kepada siswa, tanpa menyebut nama siapa pun: meneruskan materi seperti itu dilarang dan "
             "menyakiti orang lain, dan siapa pun yang menerimanya boleh melapor ke TPPK tanpa dihukum.",
             "Kepala sekolah atau TPPK", U.HARI_INI, S.STANDAR,
             (_SEKOLAH_MATERI, section("pemulihan/resosialisasi", "cara", "4.3", "Resosialisasi")),
             "Penyebaran berhenti lebih cepat bila siswa tahu aturannya dan berani melapor, tanpa ada anak yang "
             "disebut atau ditebak."),
        Step("lembaga.rencana_belajar",
             "Pastikan setiap anak tetap bersekolah. Susun rencana bersama anak dan orang tua: izin tidak masuk bila "
             "anak memintanya, tugas atau ujian susulan, tempat duduk atau kelas yang aman, dan satu guru yang bisa "
             "didatangi. Pindah sekolah hanya bila anak menginginkannya dan sekolah baru aman.",
             "Kepala sekolah, wali kelas, atau guru BK", U.MINGGU_INI, S.STANDAR,
             (_SEKOLAH_MATERI, _SOSDIK, legal("uu-12-2022", "Pasal 69 huruf f"), legal("uu-11-2012", "Pasal 3 huruf n")),
             "Mengeluarkan anak menghukumnya atas perbuatan orang lain dan memutus haknya atas pendidikan."),
        Step("lembaga.catat_tanpa_identitas",
             "Catat dengan kode kasus, bukan nama: tanggal, apa yang dilaporkan dan oleh siapa, dan langkah yang "
             "diambil. Jangan menulis nama atau kelas anak di buku kasus umum, notulen rapat guru, atau grup, dan "
             "jangan melampirkan materi atau tangkapan layar. Simpan catatan di tempat terkunci.",
             "TPPK atau petugas yang ditunjuk", U.HARI_INI, S.STANDAR,
             (section(_CATAT[0], "cara", _CATAT[1], _CATAT[2]),
              section(_CATAT[0], "tidak-pernah-dicatat", "5.5.4", "Pencatatan: yang tidak pernah dicatat"),
              legal("pp-40-2011", "Pasal 9 huruf d"), legal("uu-27-2022")),
             "Catatan dibutuhkan untuk melanjutkan layanan, tetapi catatan yang memuat nama mudah bocor dan "
             "membuat anak dikenali."),
        Step("lembaga.konsultasi_uptd",
             "Sebelum memutuskan langkah berikutnya, TPPK berkonsultasi dengan UPTD PPA atau Satgas dan mencatat "
             "hasilnya. Bila kemudian muncul paksaan, ancaman, materi, anak yang sangat muda, atau risiko bahaya, "
             "laporkan ke polisi dan UPTD PPA hari itu juga.",
             "TPPK", U.HARI_INI, S.STANDAR,
             (_SEKOLAH_MATERI, legal("uu-12-2022", "Pasal 41 ayat (3)")),
             "Perlu tidaknya laporan polisi tidak diputuskan sekolah sendirian. Begitu korban melapor ke UPTD PPA, "
             "UPTD PPA wajib meneruskannya ke polisi paling lambat 3 x 24 jam."),
    )
}
