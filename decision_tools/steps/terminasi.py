"""Steps at the end of services: checking readiness, closing well, follow-up, and re-opening a case.

Why this module exists: a case closed too early, or for the wrong reason (the trial ended, the
money ran out), leaves a child without help at the moment risks return. These steps follow
Pedoman 4.5 Terminasi and its neighbours (4.3 resosialisasi, 4.4 reintegrasi, 5.3 konferensi
kasus); each says who does it, how soon, and on what basis.
"""

from __future__ import annotations

from ..model import Step, Strength, Urgency
from ..sections import legal, section

__all__ = ["STEPS"]

S, U = Strength, Urgency

_TM = "pemulihan/terminasi"
_TERMINASI = "4.5", "Terminasi"


def _tm(anchor: str):  # a standard sub-section of 4.5
    return section(_TM, anchor, *_TERMINASI)


_KRITERIA = section(_TM, "kriteria", "4.5.1", "Terminasi: kriteria")
_BUKAN = section(_TM, "bukan-alasan", "4.5.1", "Terminasi: yang bukan alasan")
_BIMBINGAN = section(_TM, "bimbingan-lanjut", "4.5.7", "Bimbingan lanjut")
_BUKA = section(_TM, "membuka-kembali", "4.5.8", "Membuka kembali kasus")
_KONFERENSI = section("koordinasi/konferensi-kasus", "cara", "5.3", "Konferensi kasus")
_RESOS = "pemulihan/resosialisasi", "4.3", "Resosialisasi"
_REINTEGRASI = "pemulihan/reintegrasi", "4.4", "Reintegrasi ke keluarga atau keluarga pengganti"
_SOSDIK = section("pendampingan/sosial-pendidikan", "cara", "2.7", "Pendampingan sosial dan pendidikan")
_PERMEN_8 = legal("permen-pppa-8-2020")  # article number of the criteria not yet verified

STEPS: dict[str, Step] = {
    s.id: s
    for s in (
        # Risiko baru dan membuka kembali ------------------------------------------------------------
        Step("terminasi.buka_kembali",
             "Bila kasus sudah ditutup, buka kembali berkas lama pada hari yang sama, tanpa pendaftaran dan asesmen "
             "dari awal. Bila memungkinkan, tugaskan petugas yang sama.",
             "Manajer kasus UPTD PPA", U.HARI_INI, S.STANDAR,
             (_BUKA, _tm("standar-minimum")),
             "Anak dan keluarga tidak perlu mengulang dari awal. Membuka kembali kasus bukan tanda kegagalan."),
        Step("terminasi.asesmen_singkat",
             "Lakukan asesmen singkat hanya tentang masalah yang baru, dan tetapkan tingkat risikonya. Jangan "
             "meminta anak menceritakan ulang kejadian lama.",
             "Manajer kasus atau Peksos", U.HARI_INI, S.STANDAR,
             (_BUKA, section("pendampingan/asesmen", "tingkat-risiko", "2.2.4", "Asesmen: tingkat risiko")),
             "Yang perlu diketahui adalah apa yang berubah, bukan kejadian yang sudah diceritakan dan dicatat."),
        Step("terminasi.lapor_risiko_baru",
             "Bila materi muncul lagi, ada ancaman atau pemerasan baru, atau ada kekerasan baru: laporkan kepada "
             "penyidik hari itu juga, dengan nomor laporan polisi dan nomor tiket yang lama.",
             "Manajer kasus atau pendamping hukum", U.HARI_INI, S.STANDAR,
             (section("pemulihan/penghapusan-materi", "unggah-ulang", "4.7.8", "Bila materi diunggah ulang"), _BUKA),
             "Nomor lama menghubungkan laporan baru dengan perkara yang sudah ada, sehingga anak tidak perlu "
             "bercerita ulang."),
        Step("terminasi.konferensi_rencana_baru",
             "Bawa rencana baru ke konferensi kasus secepatnya; bila risikonya tinggi, dalam 2 hari. Bila ada bahaya "
             "sekarang, ambil tindakan pengamanan dulu, rapat menyusul.",
             "Manajer kasus UPTD PPA", U.MINGGU_INI, S.STANDAR,
             (_BUKA, _KONFERENSI, section("pendampingan/asesmen", "tingkat-risiko", "2.2.4", "Asesmen: tingkat risiko")),
             "Keputusan tentang layanan yang dibuka lagi diambil bersama, tetapi keadaan darurat tidak menunggu rapat."),
        # Alasan yang keliru --------------------------------------------------------------------------
        Step("terminasi.periksa_kriteria",
             "Periksa keempat kriteria terminasi: anak aman, merasa nyaman, kebutuhannya terpenuhi, dan diterima "
             "keluarga serta masyarakat. Kumpulkan pendapat pekerja sosial, psikolog, sekolah, dan PK Bapas bila ada.",
             "Manajer kasus UPTD PPA", U.MINGGU_INI, S.STANDAR,
             (_KRITERIA, _tm("cara"), _PERMEN_8),
             "Layanan ditutup karena tujuannya tercapai, bukan karena urusan lain selesai."),
        Step("terminasi.serah_terima",
             "Bila dana atau masa program habis, cari sumber dana lain atau rujuk ke layanan lain. Bila petugas "
             "pindah tugas, lakukan serah terima kepada petugas baru. Catat di berkas mengapa kasus belum ditutup.",
             "Manajer kasus dan atasannya", U.MINGGU_INI, S.STANDAR,
             (_BUKAN, section("koordinasi/rujukan", "cara", "5.2", "Rujukan")),
             "Kebutuhan anak tidak berhenti ketika anggaran atau tugas seorang petugas berakhir."),
        Step("terminasi.rujuk_daerah",
             "Bila anak pindah daerah, rujuk ke UPTD PPA di daerah baru dengan surat rujukan resmi dan serah terima "
             "bersama keluarga. Tetap pegang kasus sampai penerima mengonfirmasi bahwa anak sudah dilayani. Bila "
             "perkara masih berjalan, beri tahu penyidik alamat layanan yang baru.",
             "Manajer kasus UPTD PPA", U.MINGGU_INI, S.STANDAR,
             (_BUKAN, section("koordinasi/rujukan", "lintas-daerah", "5.2.8", "Rujukan ke daerah lain"),
              legal("permen-pppa-4-2018")),
             "UPTD PPA juga berfungsi sebagai layanan rujukan antardaerah. Surat rujukan memakai kode kasus, tanpa "
             "materi dan tanpa identitas lengkap lewat grup percakapan."),
        Step("terminasi.alih_dewasa",
             "Bila anak sudah atau hampir berusia 18 tahun, alihkan ke layanan bagi orang dewasa dengan serah terima "
             "yang jelas, dengan persetujuannya.",
             "Manajer kasus UPTD PPA", U.MINGGU_INI, S.STANDAR,
             (_BUKAN, section("koordinasi/rujukan", "cara", "5.2", "Rujukan")),
             "Ulang tahun ke-18 tidak menghapus kebutuhan pemulihan."),
        Step("terminasi.jangkau_keluarga",
             "Bila keluarga tidak bisa dihubungi, lakukan penjangkauan dulu: kunjungan rumah, dan hubungi sekolah "
             "anak.",
             "Peksos atau manajer kasus", U.MINGGU_INI, S.STANDAR,
             (_BUKAN,),
             "Keluarga yang tidak menjawab belum tentu tidak butuh layanan; anak bisa saja sedang dalam kesulitan."),
        Step("terminasi.nilai_permintaan",
             "Bila keluarga minta layanan dihentikan, hormati permintaan itu, tetapi nilai dulu keamanan anak. "
             "Dengarkan anak secara terpisah, dan tanyakan apa yang membuat keluarga ingin berhenti.",
             "Peksos", U.MINGGU_INI, S.STANDAR,
             (_BUKAN, section(_REINTEGRASI[0], "jangan", _REINTEGRASI[1], _REINTEGRASI[2])),
             "Permintaan berhenti kadang datang dari tekanan untuk mencabut laporan atau dari rasa malu. Bila anak "
             "masih dalam bahaya, kasus tidak boleh ditutup begitu saja."),
        # Belum terpenuhi -----------------------------------------------------------------------------
        Step("terminasi.lanjut_resosialisasi",
             "Selesaikan resosialisasi: rencana tertulis untuk kembali ke sekolah, lingkungan, dan kehidupan daring; "
             "satu orang dewasa aman dan satu tempat aman di sekolah; pemantauan setiap minggu pada bulan pertama.",
             "Peksos bersama sekolah dan keluarga", U.MINGGU_INI, S.STANDAR,
             (section(_RESOS[0], "cara", *_RESOS[1:]), section(_RESOS[0], "standar-minimum", *_RESOS[1:]),
              legal("pp-40-2011", "Pasal 36 ayat (1)"), _PERMEN_8),
             "Resosialisasi adalah tahap sebelum terminasi. Anak perlu sudah menjalani hidup sehari-hari dengan "
             "dukungan sebelum layanan dilepas."),
        Step("terminasi.lanjut_reintegrasi",
             "Bila anak sempat tinggal di luar rumah: nilai keamanan dan kesiapan keluarga (minimal dua kunjungan, "
             "bicara dengan anak secara terpisah), putuskan tempat tinggal dalam konferensi kasus, dan lakukan "
             "kunjungan lanjutan pada minggu pertama, minggu kedua, akhir bulan pertama, lalu sebulan sekali.",
             "Peksos dan manajer kasus", U.MINGGU_INI, S.STANDAR,
             (section(_REINTEGRASI[0], "cara", _REINTEGRASI[1], _REINTEGRASI[2]),
              section(_REINTEGRASI[0], "standar-minimum", _REINTEGRASI[1], _REINTEGRASI[2]),
              legal("uu-12-2022", "Pasal 70 ayat (1)")),
             "Bulan-bulan pertama setelah anak pulang adalah masa paling rawan."),
        Step("terminasi.nilai_keamanan",
             "Nilai ulang keamanan anak: apakah ancaman atau pemerasan masih berjalan, apakah terduga pelaku masih "
             "bisa menjangkau anak, apakah rencana keamanan keluarga berjalan, dan apakah anak tahu kepada siapa ia "
             "minta tolong.",
             "Peksos atau manajer kasus", U.HARI_INI, S.STANDAR,
             (_KRITERIA, section("pendampingan/asesmen", "tingkat-risiko", "2.2.4", "Asesmen: tingkat risiko")),
             "Anak aman adalah kriteria pertama terminasi. Tanpa itu, kriteria lain tidak berarti."),
        Step("terminasi.rencana_keamanan",
             "Perbarui rencana keamanan tertulis bersama anak dan keluarga: di rumah, di sekolah dan jalan, di dunia "
             "maya, dan nomor penting. Bila ada ancaman, minta perlindungan polisi atau LPSK.",
             "Peksos bersama keluarga", U.HARI_INI, S.STANDAR,
             (_SOSDIK, legal("uu-12-2022", "Pasal 42–45")),
             "Rencana keamanan yang tertulis dan diketahui anak membuat semua orang tahu apa yang harus dilakukan."),
        Step("terminasi.dengar_anak",
             "Tanyakan kepada anak apa yang masih membuatnya takut atau gelisah, dan catat jawabannya dengan "
             "kata-katanya sendiri. Minta psikolog menilai apakah gejalanya sudah bisa dikelola anak dan keluarga.",
             "Peksos dan psikolog", U.MINGGU_INI, S.STANDAR,
             (_KRITERIA, _tm("cara")),
             "Rasa nyaman anak hanya bisa diketahui dari anak sendiri dan dari penilaian psikolog, bukan dari "
             "kesan orang lain."),
        Step("terminasi.penuhi_kebutuhan",
             "Selesaikan kebutuhan yang belum terpenuhi: anak kembali bersekolah atau ikut pendidikan lain; kontrol "
             "kesehatan yang masih perlu dialihkan ke puskesmas, rumah sakit, atau guru BK; kebutuhan dasar dan "
             "dokumen kependudukan diurus lewat UPTD PPA dan Dinas Sosial.",
             "Manajer kasus dan Peksos", U.MINGGU_INI, S.STANDAR,
             (_KRITERIA, _SOSDIK, legal("uu-12-2022", "Pasal 76 ayat (3)"), legal("perpres-55-2024")),
             "Anak yang belum bersekolah atau belum punya dokumen akan kembali tersandung setelah layanan ditutup."),
        Step("terminasi.dukung_keluarga",
             "Perkuat pendampingan keluarga: sesi keluarga dan pengasuhan, dan bahas di konferensi kasus bila "
             "keluarga masih menyalahkan atau menolak anak. Bila rumah tidak aman, cari kerabat atau keluarga "
             "pengganti bersama Dinas Sosial.",
             "Peksos dan psikolog", U.MINGGU_INI, S.STANDAR,
             (_SOSDIK, section(_REINTEGRASI[0], "tidak-aman", "4.4.1", "Reintegrasi: bila rumah tidak aman")),
             "Anak yang disalahkan atau ditolak di rumah belum pulih, walaupun layanan lain sudah selesai."),
        Step("terminasi.tangani_perundungan",
             "Minta sekolah (TPPK atau guru yang ditunjuk) menangani perundungan atau gunjingan tanpa membuka kasus "
             "anak. Pesan kepada murid bersifat umum, bukan tentang anak ini.",
             "Peksos bersama sekolah", U.MINGGU_INI, S.STANDAR,
             (section(_RESOS[0], "cara", _RESOS[1], _RESOS[2]),),
             "Diterima masyarakat adalah kriteria terminasi. Gunjingan yang dibiarkan membuat anak menarik diri."),
        Step("terminasi.urus_restitusi",
             "Pastikan restitusi sudah diajukan lewat penyidik atau penuntut umum, atau keluarga tahu caranya; LPSK "
             "dapat membantu menilai jumlahnya. Bila perkara masih berjalan, pendamping hukum tetap ada.",
             "Pendamping hukum atau manajer kasus", U.MINGGU_INI, S.STANDAR,
             (_KRITERIA, section("pemulihan/restitusi", "cara", "4.6", "Restitusi"), legal("uu-35-2014", "Pasal 71D"),
              legal("pp-43-2017")),
             "Anak korban pornografi berhak atas restitusi. Hak itu mudah terlewat bila layanan ditutup lebih dulu."),
        Step("terminasi.jadwal_tinjau",
             "Tulis di rencana layanan apa yang masih harus dicapai, siapa yang mengerjakan, dan tanggal peninjauan "
             "berikutnya. Periksa kesiapan terminasi lagi pada tanggal itu.",
             "Manajer kasus UPTD PPA", U.MINGGU_INI, S.STANDAR,
             (_tm("cara"), _KONFERENSI),
             "Bila ada kriteria yang belum terpenuhi, layanan berlanjut dengan rencana yang diperbaiki."),
        # Keputusan dan penutupan ---------------------------------------------------------------------
        Step("terminasi.tanya_anak_ortu",
             "Tanyakan kepada anak dan orang tua atau wali apakah mereka merasa siap, dan apa yang masih "
             "mengkhawatirkan. Catat jawabannya dengan kata-kata mereka.",
             "Peksos", U.MINGGU_INI, S.STANDAR,
             (_tm("cara"), _tm("peran-orang-tua")),
             "Pendapat anak dan orang tua adalah bagian dari keputusan, dan harus tercatat."),
        Step("terminasi.konferensi",
             "Putuskan terminasi dalam konferensi kasus: hasil pemeriksaan keempat kriteria, pendapat anak dan orang "
             "tua, dan rencana bimbingan lanjut. Atasan manajer kasus menyetujui keputusan secara tertulis.",
             "Manajer kasus UPTD PPA", U.MINGGU_INI, S.STANDAR,
             (_tm("siapa"), _KONFERENSI, _tm("standar-minimum")),
             "Keputusan yang diambil seorang diri mudah melewatkan tanda bahaya yang dilihat petugas lain."),
        Step("terminasi.siapkan_perpisahan",
             "Beri tahu anak dua atau tiga pertemuan sebelumnya bahwa layanan akan berakhir.",
             "Petugas yang paling dekat dengan anak", U.MINGGU_INI, S.STANDAR,
             (_tm("cara"),),
             "Berakhirnya hubungan dengan pendamping bisa terasa seperti kehilangan."),
        Step("terminasi.sesi_penutupan_anak",
             "Adakan sesi penutupan dengan anak: ulas kemajuannya dan sebut kekuatannya, ulangi apa yang dilakukan "
             "bila ada yang membuatnya takut atau materi muncul lagi, beri kartu kontak (petugas, UPTD PPA, SAPA 129, "
             "polisi 110), dan katakan bahwa ia boleh kembali kapan saja.",
             "Peksos atau psikolog", U.MINGGU_INI, S.STANDAR,
             (_tm("cara"), _tm("standar-minimum")),
             "Anak perlu tahu bahwa pintu layanan tetap terbuka, tanpa syarat."),
        Step("terminasi.sesi_penutupan_ortu",
             "Adakan sesi penutupan dengan orang tua atau wali: tanda bahaya yang perlu diperhatikan, siapa yang "
             "dihubungi, dan jadwal bimbingan lanjut.",
             "Peksos", U.MINGGU_INI, S.STANDAR,
             (_tm("cara"), _tm("peran-orang-tua")),
             "Orang tua yang tahu tanda bahaya dapat menghubungi petugas sebelum masalah membesar."),
        Step("terminasi.alihkan_layanan",
             "Alihkan layanan yang masih perlu, misalnya kontrol di puskesmas atau rumah sakit, konseling di sekolah, "
             "atau kegiatan di masyarakat, dengan persetujuan keluarga dan rujukan yang hanya memuat informasi yang "
             "diperlukan.",
             "Manajer kasus UPTD PPA", U.MINGGU_INI, S.STANDAR,
             (_tm("cara"), section("koordinasi/rujukan", "cara", "5.2", "Rujukan"), legal("pp-40-2011", "Pasal 11")),
             "Layanan biasa di dekat anak melanjutkan dukungan setelah layanan kasus ditutup."),
        Step("terminasi.tutup_berkas",
             "Tulis ringkasan terminasi (alasan, keadaan anak, rencana bimbingan lanjut), ubah status di Simfoni PPA, "
             "beri tahu lembaga yang terlibat, dan simpan berkas sesuai standar pencatatan. Berkas tidak dimusnahkan.",
             "Manajer kasus UPTD PPA", U.MINGGU_INI, S.STANDAR,
             (_tm("cara"), section("koordinasi/pencatatan", "cara", "5.5", "Pencatatan"), legal("permen-pppa-2-2022")),
             "Berkas diperlukan bila kasus dibuka kembali, supaya anak tidak perlu mengulang dari awal."),
        Step("terminasi.bimbingan_lanjut",
             "Jadwalkan bimbingan lanjut secara tertulis: sekurang-kurangnya satu, tiga, dan enam bulan setelah "
             "terminasi, ditambah kontak di sekitar tanggal yang rawan (sidang banding, terduga pelaku bebas, anak "
             "pindah sekolah). Usahakan berbicara dengan anak sendiri, dan catat setiap kontak.",
             "Peksos atau petugas yang ditunjuk saat terminasi", U.BERKELANJUTAN, S.STANDAR,
             (_BIMBINGAN, legal("pp-40-2011", "Pasal 36 ayat (1)")),
             "Bimbingan lanjut adalah tahap terakhir rehabilitasi. Risiko bisa muncul lagi setelah kasus ditutup."),
    )
}
