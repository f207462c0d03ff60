"""Steps that only the printable checklists need (no tool recommends them yet).

Why this module exists: a checklist item is either a step, a "Jangan" line or a contact from the
shared catalogues. Where the standard lists a step no tool asks for (handing over to assessment,
writing the referral letter, preparing the school), it is written here, with the same shape as
every other step, so a tool that needs it later cites the same line. Ids start with ``periksa.``.
"""

from __future__ import annotations

from ..model import Step, Strength, Urgency
from ..sections import legal, section

__all__ = ["STEPS"]

S, U = Strength, Urgency

_AWAL = section("pendampingan/pendampingan-awal", "cara", "2.1", "Pendampingan awal")
_ASESMEN = section("pendampingan/asesmen", "cara", "2.2", "Asesmen")
_RISIKO = section("pendampingan/asesmen", "tingkat-risiko", "2.2.4", "Asesmen: tingkat risiko")
_KORBAN = section("pendampingan/hukum-anak-korban", "cara", "2.5", "Pendampingan hukum anak korban")
_ABH = section("pendampingan/hukum-anak-berkonflik", "cara", "2.6",
               "Pendampingan hukum anak yang berkonflik dengan hukum")
_PULIH = section("pemulihan/kesehatan-fisik-mental", "cara", "4.1", "Pemulihan kesehatan fisik dan mental")
_SOSIAL = section("pemulihan/sosial-rehabilitasi", "cara", "4.2", "Pemulihan sosial dan rehabilitasi sosial")
_RESOS = section("pemulihan/resosialisasi", "cara", "4.3", "Resosialisasi")
_RUJUKAN = section("koordinasi/rujukan", "cara", "5.2", "Rujukan")
_DIKIRIM = section("koordinasi/rujukan", "apa-yang-dikirim", "5.2.7", "Rujukan: apa yang dikirim ke setiap lembaga")

STEPS: dict[str, Step] = {
    s.id: s
    for s in (
        # Pendampingan awal -----------------------------------------------------------------------
        Step("periksa.awal_serahkan",
             "Serahkan catatan pertama kepada manajer kasus, supaya anak tidak bercerita ulang. Beri anak dan "
             "keluarga satu nomor yang bisa mereka hubungi.",
             "Petugas UPTD PPA", U.HARI_INI, S.STANDAR, (_AWAL,)),
        # Asesmen ----------------------------------------------------------------------------------
        Step("periksa.asesmen_kumpulkan",
             "Baca catatan pendampingan awal dan surat rujukan. Tanyakan kepada polisi, sekolah, atau fasilitas "
             "kesehatan apa yang sudah mereka ketahui, bukan kepada anak.",
             "Manajer kasus UPTD PPA", U.HARI_INI, S.STANDAR, (_ASESMEN,)),
        Step("periksa.asesmen_risiko",
             "Tetapkan tingkat risiko (tinggi, sedang, rendah), catat, dan jalankan tindakan yang dipicunya. "
             "Bila ragu antara dua tingkat, pilih yang lebih tinggi.",
             "Manajer kasus; untuk risiko tinggi bersama polisi", U.HARI_INI, S.STANDAR, (_RISIKO,)),
        Step("periksa.asesmen_lanjutan",
             "Mulai asesmen lanjutan dalam minggu pertama: psikologis, sosial dan keluarga, pendidikan, hukum, "
             "disabilitas, digital (tanpa membuka materi), dan kesehatan.",
             "Setiap ahli, dikoordinasikan manajer kasus", U.MINGGU_INI, S.STANDAR,
             (_ASESMEN, legal("permen-pppa-2-2022"))),
        Step("periksa.asesmen_rencana",
             "Tulis satu rencana layanan bersama anak dan keluarga. Setiap baris: kebutuhan, layanan, "
             "penanggung jawab, waktu. Tulis juga siapa yang dihubungi bila keadaan memburuk.",
             "Manajer kasus UPTD PPA", U.MINGGU_INI, S.STANDAR, (_ASESMEN,)),
        Step("periksa.asesmen_bagikan",
             "Bagikan hasil asesmen hanya dengan persetujuan, dan hanya sebanyak yang dibutuhkan lembaga "
             "penerima.",
             "Manajer kasus UPTD PPA", U.BERKELANJUTAN, S.WAJIB,
             (section("pendampingan/asesmen", "jangan", "2.2", "Asesmen"), legal("pp-40-2011", "Pasal 9 huruf d"))),
        # Pendampingan hukum anak korban ------------------------------------------------------------
        Step("periksa.hukum_jelaskan_hak",
             "Jelaskan hak anak dengan bahasa sederhana, lisan dan tertulis: didampingi, identitas dirahasiakan, "
             "restitusi, dan penghapusan konten.",
             "Pendamping kasus", U.HARI_INI, S.WAJIB, (_KORBAN, legal("uu-12-2022", "Pasal 67 ayat (1)"))),
        Step("periksa.hukum_bukti_lapor",
             "Minta tanda bukti lapor dan nama penyidik. Simpan nomornya di berkas kasus.",
             "Pendamping bersama keluarga", U.HARI_INI, S.STANDAR, (_KORBAN,)),
        Step("periksa.hukum_pemeriksaan",
             "Sebelum anak diperiksa: penyidik berkoordinasi dengan pendamping tentang kesiapan anak, di ruang "
             "pelayanan khusus, tanpa toga atau atribut dinas. Minta pemeriksaan direkam agar anak tidak bercerita "
             "berulang kali.",
             "Penyidik bersama pendamping", U.BERKELANJUTAN, S.WAJIB,
             (_KORBAN, legal("uu-12-2022", "Pasal 52"), legal("uu-12-2022", "Pasal 54 ayat (1)"),
              legal("uu-11-2012", "Pasal 22"))),
        Step("periksa.hukum_sampai_putusan",
             "Dampingi anak di setiap jadwal sidang dan kabari keluarga setiap perkembangan. Setelah putusan, "
             "pantau pembayaran restitusi (paling lambat 30 hari).",
             "Pendamping kasus", U.BERKELANJUTAN, S.STANDAR,
             (_KORBAN, legal("uu-12-2022", "Pasal 33 ayat (1)"))),
        # Anak yang berkonflik dengan hukum --------------------------------------------------------
        Step("periksa.abh_cegah_penahanan",
             "Cegah penahanan. Anak di bawah 14 tahun tidak boleh ditahan; anak 14 tahun ke atas hanya bila "
             "ancamannya 7 tahun atau lebih dan tidak ada jaminan. Bila ditahan: di LPAS atau LPKS, bukan sel "
             "orang dewasa.",
             "Penasihat hukum, PK Bapas, dan orang tua/wali", U.HARI_INI, S.WAJIB,
             (_ABH, legal("uu-11-2012", "Pasal 32"), legal("uu-11-2012", "Pasal 33 ayat (4)–(5)"))),
        Step("periksa.abh_setelah_perkara",
             "Sesudah putusan atau diversi: PK Bapas mendampingi dan mengawasi anak, Pekerja Sosial menyiapkan "
             "keluarga dan masyarakat, dan ada rencana pembinaan dan reintegrasi tertulis.",
             "PK Bapas dan Pekerja Sosial", U.BERKELANJUTAN, S.WAJIB,
             (_ABH, legal("uu-11-2012", "Pasal 65"))),
        # Pemulihan --------------------------------------------------------------------------------
        Step("periksa.pulih_rencana",
             "Tulis rencana pemulihan di dalam rencana layanan, bersama anak dan orang tua/wali: tujuan, layanan, "
             "petugas, jadwal, sumber biaya. Mulai dari apa yang paling mengganggu anak.",
             "Manajer kasus UPTD PPA", U.MINGGU_INI, S.STANDAR, (_PULIH,)),
        Step("periksa.pulih_keselamatan",
             "Di setiap pertemuan, tanyakan tidur, makan, perasaan, dan pikiran menyakiti diri. Bila anak ingin "
             "mati atau sudah menyakiti diri: jangan tinggalkan sendirian, bawa ke IGD, beri tahu manajer kasus "
             "hari itu.",
             "Psikolog, Peksos, atau manajer kasus", U.BERKELANJUTAN, S.STANDAR, (_PULIH,)),
        Step("periksa.pulih_psikiater",
             "Rujuk ke psikiater, dengan persetujuan orang tua dan asentif anak, bila ada pikiran bunuh diri, "
             "gejala makin berat, atau anak tidak bisa tidur atau makan.",
             "Psikolog atau dokter", U.MINGGU_INI, S.STANDAR, (_PULIH,)),
        Step("periksa.pulih_rehabilitasi_sosial",
             "Susun laporan sosial dan rencana rehabilitasi sosial tertulis; keluarga menjadi pilihan pertama "
             "bila aman. Penempatan di lembaga selalu punya batas waktu dan rencana kepulangan.",
             "Pekerja Sosial Profesional", U.MINGGU_INI, S.STANDAR, (_SOSIAL, legal("pp-40-2011", "Pasal 36 ayat (1)"))),
        Step("periksa.pulih_abh_sama",
             "Berikan layanan kesehatan, psikologis, dan rehabilitasi sosial yang sama mutunya kepada anak yang "
             "berkonflik dengan hukum, juga selama diversi atau di LPKS, LPAS, atau LPKA.",
             "Manajer kasus bersama PK Bapas", U.BERKELANJUTAN, S.WAJIB,
             (_PULIH, legal("uu-44-2008", "Pasal 16 ayat (1)"))),
        # Resosialisasi ----------------------------------------------------------------------------
        Step("periksa.reso_siapkan_anak",
             "Tanyakan kepada anak apa yang paling ia khawatirkan. Latih jawaban singkat bila ada yang bertanya, "
             "dan sepakati satu orang dewasa dan satu tempat aman di sekolah.",
             "Psikolog dan Peksos", U.MINGGU_INI, S.STANDAR, (_RESOS,)),
        Step("periksa.reso_sekolah",
             "Temui hanya kepala sekolah dan satu guru yang ditunjuk, dengan persetujuan anak. Sepakati izin, "
             "penyesuaian tugas, dan cara menanggapi gunjingan; informasi tidak diteruskan ke guru lain.",
             "Peksos bersama orang tua/wali", U.MINGGU_INI, S.STANDAR,
             (_RESOS, legal("uu-11-2012", "Pasal 19"))),
        # Rujukan ----------------------------------------------------------------------------------
        Step("periksa.rujuk_kebutuhan",
             "Tulis kebutuhan dalam satu kalimat: layanan apa, untuk tujuan apa, seberapa mendesak. Pilih "
             "penerima yang dekat, gratis, dan ramah anak.",
             "Manajer kasus", U.HARI_INI, S.STANDAR, (_RUJUKAN, legal("pp-40-2011", "Pasal 11"))),
        Step("periksa.rujuk_persetujuan",
             "Jelaskan rujukan kepada orang tua/wali dan anak. Catat persetujuan tertulis dan pendapat anak.",
             "Manajer kasus", U.HARI_INI, S.STANDAR, (_RUJUKAN,)),
        Step("periksa.rujuk_hubungi",
             "Telepon penerima lebih dulu: pastikan mereka bisa menerima, kapan, dan dokumen apa yang perlu. Pakai "
             "kode kasus, bukan nama anak.",
             "Manajer kasus", U.HARI_INI, S.STANDAR, (_RUJUKAN,)),
        Step("periksa.rujuk_surat",
             "Isi surat rujukan hanya dengan yang dibutuhkan penerima. Materi tidak pernah dikirim; identitas "
             "lengkap hanya di surat resmi, tidak di grup percakapan.",
             "Manajer kasus", U.HARI_INI, S.STANDAR, (_DIKIRIM, legal("uu-44-2008", "Pasal 6"))),
        Step("periksa.rujuk_tindak_lanjut",
             "Sepakati tanggal tindak lanjut. Pada tanggal itu tanyakan apakah anak datang dan layanan apa yang "
             "diberikan; bila belum, cari hambatannya bersama keluarga.",
             "Manajer kasus", U.MINGGU_INI, S.STANDAR, (_RUJUKAN,)),
        Step("periksa.rujuk_catat",
             "Catat tanggal rujukan, penerima, hasil tindak lanjut, dan rencana berikutnya di berkas kasus. Kasus "
             "dilepas hanya setelah penerima memastikan layanan dimulai.",
             "Manajer kasus", U.MINGGU_INI, S.STANDAR,
             (_RUJUKAN, section("koordinasi/pencatatan", "cara", "5.5", "Pencatatan"))),
    )
}
