"""More "Jangan" items for the tools on material, institutions and termination.

Why this module exists: the same shape and the same rule as :mod:`decision_tools.donts` (one line,
written once, with its basis), for the things the materi_digital, insiden_lembaga and
kesiapan_terminasi tools must warn against. Ids never repeat one in :mod:`decision_tools.donts`;
the registry merges both catalogues.
"""

from __future__ import annotations

from .model import Dont
from .sections import legal, section

__all__ = ["DONTS"]

_PM_JANGAN = section("pemulihan/penghapusan-materi", "jangan", "4.7", "Penghapusan materi")
_SEKOLAH_JANGAN = section("pembinaan/sekolah", "jangan", "3.2", "Pembinaan di sekolah")
_LEMBAGA_JANGAN = section("pembinaan/lembaga-keagamaan", "jangan", "3.3", "Pembinaan oleh lembaga keagamaan")
_TERMINASI_JANGAN = section("pemulihan/terminasi", "jangan", "4.5", "Terminasi")

DONTS: dict[str, Dont] = {
    d.id: d
    for d in (
        # Materi ----------------------------------------------------------------------------------------
        Dont("jangan.hapus_bukti",
             "Jangan menghapus akun, percakapan, atau kiriman sebelum polisi memberi petunjuk.",
             "Akun dan percakapan adalah bukti tentang orang yang meminta, mengancam, atau menyebarkan.",
             (section("pemulihan/penghapusan-materi", "peran-orang-tua", "4.7", "Penghapusan materi"),
              section("pembinaan/literasi-digital", "saat-diancam", "3.6.4",
                      "Literasi digital: saat diminta gambar atau diancam"))),
        Dont("jangan.cari_materi",
             "Jangan mencari materi atau salinan barunya di internet, dan jangan memeriksa ponsel anak atau siswa "
             "satu per satu.",
             "Mencari berarti melihat. Pemantauan dan pengamanan bukti adalah tugas polisi, Komdigi, dan platform.",
             (_PM_JANGAN, _SEKOLAH_JANGAN, legal("uu-44-2008", "Pasal 6"))),
        Dont("jangan.sita_hukuman",
             "Jangan menyita ponsel atau memutus internet anak sebagai hukuman.",
             "Anak perlu tetap bercerita bila ada yang baru. Larangan total membuat anak menyembunyikan masalah "
             "berikutnya.",
             (section("pemulihan/penghapusan-materi", "peran-orang-tua", "4.7", "Penghapusan materi"),
              section("pendampingan/sosial-pendidikan", "jangan", "2.7", "Pendampingan sosial dan pendidikan"))),
        Dont("jangan.janji_kosong",
             "Jangan menjanjikan bahwa materi pasti hilang selamanya, atau bahwa semuanya \"sudah selesai dan tidak "
             "akan terjadi lagi\".",
             "Janji itu tidak bisa dijamin. Beri rencana yang jujur, bukan janji.",
             (_PM_JANGAN, _TERMINASI_JANGAN)),
        # Lembaga ---------------------------------------------------------------------------------------
        Dont("jangan.pertemukan",
             "Jangan mempertemukan anak korban dengan anak atau orang yang menyakiti atau menyebarkan, misalnya "
             "untuk \"minta maaf\", dan jangan memaksa anak memaafkan.",
             "Pertemuan seperti itu, apalagi tanpa persiapan atau di depan orang lain, dapat menimbulkan trauma ulang.",
             (_SEKOLAH_JANGAN, _LEMBAGA_JANGAN)),
        Dont("jangan.umumkan",
             "Jangan mengumumkan kasus di kelas, upacara, pengajian, rapat guru, atau grup orang tua, juga tanpa "
             "menyebut nama.",
             "Orang lain dapat menebak siapa anaknya. Pengumuman umum cukup berisi larangan menyebarkan dan cara "
             "melapor.",
             (_SEKOLAH_JANGAN, section("pemulihan/resosialisasi", "jangan", "4.3", "Resosialisasi"),
              legal("uu-11-2012", "Pasal 19"), legal("pp-40-2011", "Pasal 9 huruf d"))),
        Dont("jangan.pindahkan_pelaku",
             "Jangan memindahkan orang dewasa yang diduga terlibat ke kelas, cabang, atau lembaga lain secara "
             "diam-diam.",
             "Kasusnya tertutup, tetapi anak di tempat baru ikut terancam.",
             (section("pembinaan/lembaga-keagamaan", "jika-ada-kasus", "3.3.4", "Lembaga keagamaan: saat ada kasus"),
              legal("uu-12-2022", "Pasal 23"))),
        Dont("jangan.tunda_laporan",
             "Jangan menunda laporan karena khawatir nama baik sekolah atau lembaga.",
             "Setiap hari penundaan memberi waktu untuk mengancam anak, menghapus bukti, atau menyebarkan materi.",
             (_SEKOLAH_JANGAN, _LEMBAGA_JANGAN)),
        Dont("jangan.sanksi_saja",
             "Jangan menyelesaikan kasus hanya dengan sanksi sekolah atau hukuman bagi anak yang ikut menyebarkan.",
             "Tanpa laporan ke UPTD PPA dan tanpa pembinaan, tidak ada anak yang mendapat layanan, dan perilakunya "
             "tidak berubah.",
             (section("pendampingan/sosial-pendidikan", "jangan", "2.7", "Pendampingan sosial dan pendidikan"),
              _SEKOLAH_JANGAN)),
        # Terminasi -------------------------------------------------------------------------------------
        Dont("jangan.tutup_sepihak",
             "Jangan memutuskan terminasi seorang diri, dan jangan menutup kasus diam-diam tanpa memberi tahu anak "
             "dan keluarga.",
             "Keputusan sepihak mudah melewatkan tanda bahaya, dan anak tidak tahu ke mana harus kembali.",
             (_TERMINASI_JANGAN,)),
        Dont("jangan.tutup_administratif",
             "Jangan menutup kasus hanya karena perkara selesai, dana atau masa program habis, anak pindah daerah, "
             "atau petugas pindah tugas.",
             "Putusan hakim atau akhir anggaran tidak berarti anak sudah pulih.",
             (_TERMINASI_JANGAN, section("pemulihan/terminasi", "bukan-alasan", "4.5.1", "Terminasi: yang bukan alasan"))),
        Dont("jangan.musnahkan_berkas",
             "Jangan memusnahkan berkas kasus setelah terminasi.",
             "Berkas diperlukan bila kasus dibuka kembali.",
             (_TERMINASI_JANGAN, section("koordinasi/pencatatan", "cara", "5.5", "Pencatatan"))),
        Dont("jangan.syarat_kembali",
             "Jangan memberi syarat bagi anak untuk boleh kembali ke layanan, misalnya \"kalau parah saja\".",
             "Anak akan ragu meminta tolong saat risiko muncul lagi.",
             (_TERMINASI_JANGAN,)),
        Dont("jangan.pulangkan_tidak_aman",
             "Jangan memulangkan anak ke rumah tempat terduga pelaku tinggal atau bebas datang, atau hanya karena "
             "masa tinggal di lembaga habis.",
             "Anak dapat mengalami kekerasan lagi dan ditekan untuk mencabut keterangan.",
             (section("pemulihan/reintegrasi", "jangan", "4.4", "Reintegrasi ke keluarga atau keluarga pengganti"),)),
    )
}
