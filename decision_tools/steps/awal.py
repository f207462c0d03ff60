"""Steps of the first response: safety, health, listening, reporting, material, first assessment."""

from __future__ import annotations

from ..model import Step, Strength, Urgency
from ..sections import legal, section

__all__ = ["STEPS"]

_PA = "pendampingan/pendampingan-awal"
_AWAL = "2.1", "Pendampingan awal"

S, U = Strength, Urgency

STEPS: dict[str, Step] = {
    s.id: s
    for s in (
        # Keselamatan -----------------------------------------------------------------------------
        Step("keselamatan.hubungi_110",
             "Hubungi polisi di 110 jika anak atau orang lain terancam sekarang.",
             "Siapa pun yang pertama tahu", U.SEGERA, S.STANDAR,
             (section(_PA, "cara", *_AWAL),),
             "Bahaya langsung harus dihentikan oleh pihak yang berwenang, bukan oleh Anda sendiri."),
        Step("keselamatan.temani_anak",
             "Tetap bersama anak, atau pastikan ada orang dewasa aman yang menemaninya. Bawa anak ke "
             "tempat yang tenang dan jauh dari orang yang diduga melakukan.",
             "Orang dewasa pertama yang dihubungi anak", U.SEGERA, S.STANDAR,
             (section(_PA, "cara", *_AWAL),)),
        Step("keselamatan.rumah_aman",
             "Minta UPTD PPA (lewat SAPA 129 bila nomor setempat tidak diketahui) menilai perlunya "
             "penampungan sementara atau rumah aman.",
             "Petugas UPTD PPA atau pelapor", U.SEGERA, S.WAJIB,
             (section(_PA, "cara", *_AWAL), legal("perpres-55-2024"), legal("permen-pppa-4-2018")),
             "Penampungan sementara adalah salah satu fungsi layanan UPTD PPA."),
        # Kesehatan --------------------------------------------------------------------------------
        Step("medis.bawa_ke_layanan",
             "Bawa anak ke IGD atau puskesmas sekarang. Pertolongan medis didahulukan dari urusan "
             "laporan dan bukti.",
             "Orang tua/wali atau pendamping", U.SEGERA, S.STANDAR,
             (section("pendampingan/medis", "cara", "2.4", "Pendampingan medis"),)),
        Step("medis.jaga_bukti",
             "Jika memungkinkan, simpan pakaian yang dipakai saat kejadian di kantong kertas dan "
             "beri tahu petugas kesehatan. Kenyamanan anak tetap lebih penting.",
             "Orang tua/wali atau pendamping", U.SEGERA, S.DIANJURKAN,
             (section("pendampingan/medis", "cara", "2.4", "Pendampingan medis"),)),
        Step("medis.nakes_melapor",
             "Tenaga kesehatan memberi tahu UPTD PPA atau polisi tentang dugaan kekerasan terhadap anak.",
             "Tenaga kesehatan", U.HARI_INI, S.WAJIB,
             (section("pendampingan/medis", "siapa", "2.4", "Pendampingan medis"),
              legal("permenkes-68-2013"), legal("uu-12-2022", "Pasal 39–41"))),
        # Mendengarkan anak ------------------------------------------------------------------------
        Step("awal.dengarkan",
             "Dengarkan anak dengan tenang. Percayai ceritanya dan katakan bahwa ini bukan salahnya. "
             "Jangan menggali rincian kejadian: cukup yang perlu untuk menjaga keselamatannya.",
             "Orang dewasa pertama yang dihubungi anak", U.SEGERA, S.STANDAR,
             (section(_PA, "cara", *_AWAL),)),
        Step("awal.jelaskan_langkah",
             "Jelaskan kepada anak, dengan kata-kata sederhana, apa yang akan terjadi berikutnya dan "
             "siapa yang akan diberi tahu. Jangan menjanjikan untuk merahasiakan semuanya.",
             "Orang dewasa pertama yang dihubungi anak", U.SEGERA, S.STANDAR,
             (section(_PA, "cara", *_AWAL),)),
        Step("awal.catat_fakta",
             "Catat secara singkat: tanggal, jam, apa yang anak katakan dengan kata-katanya sendiri, "
             "dan apa yang Anda lihat. Jangan tulis nama lengkap anak di grup obrolan.",
             "Orang dewasa pertama yang dihubungi anak", U.HARI_INI, S.STANDAR,
             (section(_PA, "cara", *_AWAL),)),
        Step("awal.persetujuan",
             "Minta persetujuan orang tua/wali dan kesediaan anak untuk layanan, kecuali orang tua/wali "
             "diduga terlibat; dalam hal itu serahkan keputusan kepada UPTD PPA atau polisi.",
             "Petugas UPTD PPA atau Peksos", U.HARI_INI, S.STANDAR,
             (section(_PA, "peran-orang-tua", *_AWAL),)),
        # Melapor ----------------------------------------------------------------------------------
        Step("lapor.uptd_ppa",
             "Laporkan ke UPTD PPA kabupaten/kota atau SAPA 129 (telepon 129, WhatsApp 08111-129-129). "
             "Mereka menjangkau anak, mengelola kasus, dan menghubungkan layanan lain.",
             "Pelapor: guru, orang tua, tenaga kesehatan, warga", U.HARI_INI, S.STANDAR,
             (section(_PA, "cara", *_AWAL), legal("uu-12-2022", "Pasal 39–41"), legal("perpres-55-2024"))),
        Step("lapor.polisi",
             "Laporkan ke Unit PPA Polres/Polsek (atau SPKT). UPTD PPA yang menerima laporan kekerasan "
             "seksual wajib meneruskannya ke polisi paling lambat 3 x 24 jam.",
             "UPTD PPA, atau pelapor bersama pendamping", U.HARI_INI, S.WAJIB,
             (section("pendampingan/hukum-anak-korban", "cara", "2.5", "Pendampingan hukum anak korban"),
              legal("uu-12-2022", "Pasal 41 ayat (3)"))),
        Step("lapor.pendamping_saat_diperiksa",
             "Pastikan anak selalu didampingi orang tua, orang yang dipercayainya, atau Pekerja Sosial "
             "setiap kali dimintai keterangan.",
             "Penyidik dan pendamping", U.BERKELANJUTAN, S.WAJIB,
             (section("pendampingan/hukum-anak-korban", "cara", "2.5", "Pendampingan hukum anak korban"),
              legal("uu-11-2012", "Pasal 23 ayat (2)"))),
        # Materi -----------------------------------------------------------------------------------
        Step("materi.catat_lokasi",
             "Catat di mana materi berada tanpa membukanya: nama platform atau aplikasi, nama akun, "
             "tautan, dan kapan diketahui. Serahkan catatan itu kepada polisi.",
             "Pendamping atau pelapor", U.HARI_INI, S.STANDAR,
             (section("pemulihan/penghapusan-materi", "cara", "4.7", "Penghapusan materi"),
              legal("uu-44-2008", "Pasal 6"))),
        Step("materi.lapor_penghapusan",
             "Minta penghapusan lewat polisi dan laporkan tautannya ke Komdigi (aduankonten.id) serta "
             "fitur pelaporan platform. Laporkan tautan, jangan kirim materinya.",
             "Pendamping UPTD PPA bersama polisi", U.HARI_INI, S.STANDAR,
             (section("pemulihan/penghapusan-materi", "cara", "4.7", "Penghapusan materi"),
              legal("uu-12-2022", "Pasal 68 huruf g"), legal("uu-12-2022", "Pasal 46 ayat (1)"))),
        Step("materi.jangan_bayar",
             "Katakan kepada anak dan keluarga: jangan membayar, jangan mengirim apa pun lagi, dan "
             "jangan menghapus akun atau percakapan sebelum polisi mengamankannya.",
             "Pendamping atau orang tua/wali", U.SEGERA, S.DIANJURKAN,
             (section("pemulihan/penghapusan-materi", "cara", "4.7", "Penghapusan materi"),)),
        # Anak yang berkonflik dengan hukum ----------------------------------------------------------
        Step("abh.tetap_didampingi",
             "Berikan pendampingan awal yang sama seperti bagi anak korban: keselamatan, didengar, "
             "dijelaskan langkah berikutnya. Anak ini kemungkinan juga mengalami kekerasan.",
             "UPTD PPA, Peksos, atau Sakti Peksos", U.HARI_INI, S.STANDAR,
             (section("pendampingan/hukum-anak-berkonflik", "cara", "2.6", "Pendampingan hukum anak yang berkonflik dengan hukum"),
              legal("pp-40-2011"))),
        Step("abh.libatkan_pk",
             "Penyidik meminta pertimbangan Pembimbing Kemasyarakatan (Bapas) setelah perkara "
             "dilaporkan; Bapas menyerahkan Litmas paling lama 3 x 24 jam setelah diminta.",
             "Penyidik Unit PPA dan PK Bapas", U.HARI_INI, S.WAJIB,
             (section("pendampingan/hukum-anak-berkonflik", "cara", "2.6", "Pendampingan hukum anak yang berkonflik dengan hukum"),
              legal("uu-11-2012", "Pasal 27 ayat (1)"), legal("uu-11-2012", "Pasal 28"))),
        Step("abh.bantuan_hukum",
             "Pastikan anak mendapat bantuan hukum dan pendamping di setiap tahap pemeriksaan, dan "
             "orang tua/wali diberi tahu.",
             "Penyidik dan UPTD PPA", U.HARI_INI, S.WAJIB,
             (section("pendampingan/hukum-anak-berkonflik", "cara", "2.6", "Pendampingan hukum anak yang berkonflik dengan hukum"),
              legal("uu-11-2012"))),
        Step("abh.sekolah_tetap",
             "Pastikan anak tetap bersekolah; sekolah menangani melalui TPPK, bukan dengan mengeluarkan anak.",
             "Sekolah dan TPPK", U.MINGGU_INI, S.STANDAR,
             (section("pendampingan/sosial-pendidikan", "cara", "2.7", "Pendampingan sosial dan pendidikan"),
              legal("permendikbudristek-46-2023"))),
        # Asesmen dan rujukan -----------------------------------------------------------------------
        Step("asesmen.awal",
             "UPTD PPA atau Peksos melakukan asesmen awal: keselamatan, kebutuhan mendesak, dan posisi "
             "anak (korban, saksi, berkonflik dengan hukum, atau lebih dari satu).",
             "Manajer kasus UPTD PPA atau Peksos", U.HARI_INI, S.STANDAR,
             (section("pendampingan/asesmen", "cara", "2.2", "Asesmen"), legal("pp-40-2011", "Pasal 10"))),
        Step("asesmen.laporan_sosial",
             "Peksos atau Tenaga Kesejahteraan Sosial menyusun laporan sosial atas permintaan penyidik.",
             "Pekerja Sosial Profesional", U.MINGGU_INI, S.WAJIB,
             (section("pendampingan/asesmen", "cara", "2.2", "Asesmen"), legal("uu-11-2012", "Pasal 27 ayat (3)"))),
        Step("asesmen.dukungan_psikologis",
             "Rujuk anak ke dukungan psikologis; periksa tanda anak ingin menyakiti diri.",
             "UPTD PPA atau psikolog", U.MINGGU_INI, S.STANDAR,
             (section("pendampingan/psikologis", "cara", "2.3", "Pendampingan psikologis"),)),
        Step("rahasia.jaga_identitas",
             "Jaga identitas anak: nama, wajah, alamat, sekolah, dan nama orang tua tidak boleh "
             "dibagikan di luar petugas yang menangani.",
             "Semua yang mengetahui kasus", U.BERKELANJUTAN, S.WAJIB,
             (section(_PA, "cara", *_AWAL), legal("uu-11-2012", "Pasal 19"), legal("pp-40-2011", "Pasal 9"))),
    )
}
