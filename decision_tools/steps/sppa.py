"""Steps of the juvenile justice path (UU 11/2012, SPPA) for a child in conflict with the law."""

from __future__ import annotations

from ..model import Step, Strength, Urgency
from ..sections import legal, section

__all__ = ["STEPS"]

_PAGE = "pendampingan/hukum-anak-berkonflik"
_TITLE = "Pendampingan hukum anak yang berkonflik dengan hukum"
CARA = section(_PAGE, "cara", "2.6", _TITLE)
UMUR = section(_PAGE, "jalur-umur", "2.6.1", "Jalur menurut umur")
AMBANG = section(_PAGE, "ambang-diversi", "2.6.7", "Ambang diversi")
SANKSI = section(_PAGE, "tindakan-pidana", "2.6.8", "Tindakan dan pidana")
TENGGAT = section(_PAGE, "tenggat", "2.6.9", "Tenggat")

S, U = Strength, Urgency

STEPS: dict[str, Step] = {
    s.id: s
    for s in (
        Step("sppa.keputusan_di_bawah_12",
             "Penyidik, Pembimbing Kemasyarakatan, dan Pekerja Sosial Profesional bersama-sama memutuskan: "
             "anak dikembalikan kepada orang tua/wali, atau ikut program pendidikan, pembinaan, dan pembimbingan "
             "di instansi pemerintah atau LPKS paling lama 6 bulan. Anak tidak diproses pidana.",
             "Penyidik, PK Bapas, dan Pekerja Sosial Profesional", U.HARI_INI, S.WAJIB,
             (UMUR, legal("uu-11-2012", "Pasal 21 ayat (1)"), legal("pp-65-2015"))),
        Step("sppa.penetapan_3_hari",
             "Serahkan keputusan itu ke pengadilan untuk ditetapkan paling lama 3 hari.",
             "Penyidik", U.MINGGU_INI, S.WAJIB,
             (TENGGAT, legal("uu-11-2012", "Pasal 21 ayat (2)"))),
        Step("sppa.laporan_bulanan",
             "Lembaga yang menjalankan program melaporkan perkembangan anak kepada Bapas setiap bulan. Bapas "
             "mengevaluasi; program dapat diperpanjang paling lama 6 bulan.",
             "Lembaga pelaksana program dan PK Bapas", U.BERKELANJUTAN, S.WAJIB,
             (UMUR, legal("uu-11-2012", "Pasal 21 ayat (3)–(5)"))),
        Step("sppa.diversi_wajib",
             "Upayakan diversi di setiap tahap: penyidik paling lama 7 hari setelah penyidikan dimulai, penuntut "
             "umum paling lama 7 hari setelah menerima berkas, hakim paling lama 7 hari setelah ditetapkan; "
             "setiap proses diversi paling lama 30 hari.",
             "Penyidik, penuntut umum, hakim anak, dengan PK Bapas", U.MINGGU_INI, S.WAJIB,
             (AMBANG, TENGGAT, legal("uu-11-2012", "Pasal 7 ayat (2)"), legal("uu-11-2012", "Pasal 29"),
              legal("uu-11-2012", "Pasal 42"), legal("uu-11-2012", "Pasal 52"))),
        Step("sppa.persetujuan_korban",
             "Diversi memerlukan persetujuan korban dan keluarganya, kecuali untuk pelanggaran, tindak pidana "
             "ringan, tindak pidana tanpa korban, atau kerugian tidak lebih dari upah minimum provinsi. Anak "
             "korban didampingi selama musyawarah.",
             "Fasilitator diversi (penyidik, penuntut umum, atau hakim) dan pendamping korban", U.MINGGU_INI,
             S.WAJIB, (CARA, legal("uu-11-2012", "Pasal 9 ayat (2)"))),
        Step("sppa.kesepakatan_penetapan",
             "Kirim kesepakatan diversi ke pengadilan negeri paling lama 3 hari untuk ditetapkan; penetapan "
             "keluar paling lama 3 hari. Sesudah itu penyidikan atau penuntutan dihentikan.",
             "Fasilitator diversi dan pengadilan negeri", U.MINGGU_INI, S.WAJIB,
             (TENGGAT, legal("uu-11-2012", "Pasal 12"))),
        Step("sppa.tanpa_penahanan",
             "Anak tidak boleh ditahan: ia belum 14 tahun, atau ancaman pidananya di bawah 7 tahun.",
             "Penyidik", U.SEGERA, S.WAJIB,
             (UMUR, legal("uu-11-2012", "Pasal 32 ayat (2)"))),
        Step("sppa.penahanan_terbatas",
             "Penahanan hanya mungkin bila anak 14 tahun atau lebih dan ancamannya 7 tahun atau lebih. Anak "
             "tetap tidak ditahan bila orang tua/wali atau lembaga menjamin ia tidak melarikan diri, tidak "
             "merusak bukti, dan tidak mengulangi perbuatannya: siapkan jaminan itu segera.",
             "Penyidik; orang tua/wali dan penasihat hukum menyiapkan jaminan", U.SEGERA, S.WAJIB,
             (UMUR, legal("uu-11-2012", "Pasal 32 ayat (1)"), legal("uu-11-2012", "Pasal 32 ayat (2)"))),
        Step("sppa.hanya_tindakan",
             "Anak yang belum 14 tahun hanya dapat dikenai tindakan, misalnya dikembalikan kepada orang tua/wali, "
             "perawatan di LPKS, atau kewajiban mengikuti pendidikan atau pelatihan; bukan pidana.",
             "Hakim anak; PK Bapas memberi rekomendasi dalam Litmas", U.BERKELANJUTAN, S.WAJIB,
             (SANKSI, legal("uu-11-2012", "Pasal 69 ayat (2)"), legal("uu-11-2012", "Pasal 82"))),
        Step("sppa.pidana_terbatas",
             "Bila pidana penjara dijatuhkan, lamanya paling banyak setengah ancaman bagi orang dewasa dan hanya "
             "sebagai upaya terakhir. Minimum khusus tidak berlaku bagi anak; denda yang diancamkan bersama "
             "penjara diganti pelatihan kerja.",
             "Hakim anak; penasihat hukum mengawal", U.BERKELANJUTAN, S.WAJIB,
             (SANKSI, legal("uu-11-2012", "Pasal 81 ayat (2)"), legal("uu-11-2012", "Pasal 81 ayat (5)"),
              legal("uu-11-2012", "Pasal 79 ayat (3)"), legal("uu-11-2012", "Pasal 71 ayat (3)"))),
        Step("sppa.sidang_anak_setelah_18",
             "Perbuatan yang dilakukan sebelum umur 18 tahun dan disidangkan setelah umur 18 tetapi sebelum 21 "
             "tahun tetap diajukan ke sidang anak.",
             "Penuntut umum dan pengadilan", U.MINGGU_INI, S.WAJIB,
             (UMUR, legal("uu-11-2012", "Pasal 20"))),
        Step("sppa.tanyakan_sangkaan",
             "Tanyakan kepada penyidik pasal yang disangkakan dan ancaman pidana paling lamanya menurut hukum yang "
             "berlaku sejak 2 Januari 2026. Itu menentukan apakah diversi wajib dan apakah penahanan mungkin.",
             "Penasihat hukum atau pendamping", U.HARI_INI, S.DIANJURKAN,
             (AMBANG, legal("uu-11-2012", "Pasal 7 ayat (2)"), legal("uu-1-2026"))),
        Step("sppa.pastikan_usia",
             "Pastikan umur anak pada saat perbuatan dengan dokumen (akta kelahiran, kartu keluarga, atau rapor). "
             "Selama belum pasti, jangan perlakukan ia sebagai orang dewasa.",
             "Penyidik dan pendamping", U.HARI_INI, S.DIANJURKAN,
             (UMUR, legal("uu-11-2012", "Pasal 20"))),
        Step("sppa.periksa_pengulangan",
             "Pastikan apakah anak pernah dijatuhi putusan atau menjalani diversi untuk perbuatan sebelumnya. "
             "Sampai pasti, upayakan diversi.",
             "Penyidik dan PK Bapas", U.HARI_INI, S.DIANJURKAN,
             (AMBANG, legal("uu-11-2012", "Pasal 7 ayat (2)"))),
        Step("sppa.korban_bukan_pelaku",
             "Perlakukan anak yang tampil dalam materi karena dipaksa, diancam, dibujuk, ditipu, atau dibohongi "
             "sebagai korban: ia tidak dipidana. Laporkan orang yang memaksa atau menipunya.",
             "Penyidik dan pendamping", U.HARI_INI, S.WAJIB,
             (section(_PAGE, "apa-itu", "2.6", _TITLE), legal("uu-44-2008", "Penjelasan Pasal 8"),
              legal("uu-12-2022", "Pasal 14 ayat (5)"))),
        Step("sppa.kajian_hukum_materi_sendiri",
             "Minta kajian penasihat hukum sebelum menerima sangkaan terhadap anak atas materi tentang dirinya "
             "sendiri. Penjelasan Pasal 4 UU 44/2008 mengecualikan membuat untuk diri sendiri; penerapannya "
             "pada remaja perlu dikaji.",
             "Penasihat hukum atau LBH", U.MINGGU_INI, S.DIANJURKAN,
             (AMBANG, legal("uu-44-2008", "Penjelasan Pasal 4"))),
    )
}
