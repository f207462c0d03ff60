"""What no one may do with the child or the material: written once, cited everywhere.

Why this module exists: the same "Jangan" line appears in several tool results and on the
printable "Jangan" card; one source keeps them identical and each carries its basis.
"""

from __future__ import annotations

from . import donts_tools
from .catalogue import merge
from .model import Dont
from .sections import legal, section

__all__ = ["DONTS"]

_PA_JANGAN = section("pendampingan/pendampingan-awal", "jangan", "2.1", "Pendampingan awal")

_FIRST_RESPONSE: dict[str, Dont] = {
    d.id: d
    for d in (
        Dont("jangan.buka_materi",
             "Jangan membuka, menyalin, menyimpan, memotret layar, atau meneruskan materi foto atau video "
             "anak, dan jangan meminta anak mengirimkannya.",
             "Setiap salinan memperluas kekerasan terhadap anak. Hanya lembaga yang berwenang, seperti "
             "penegak hukum, yang boleh menyimpannya.",
             (_PA_JANGAN, legal("uu-44-2008", "Pasal 6"))),
        Dont("jangan.interogasi",
             "Jangan menanyai anak berulang-ulang atau menggali rincian kejadian.",
             "Cerita yang diulang-ulang melukai anak lagi dan dapat merusak keterangannya di pemeriksaan resmi.",
             (_PA_JANGAN,)),
        Dont("jangan.salahkan",
             "Jangan menyalahkan, memarahi, atau menghukum anak, juga tidak dengan bahasa agama.",
             "Anak yang dibujuk, diancam, atau ditipu adalah korban, bukan pihak yang bersalah.",
             (_PA_JANGAN, legal("uu-44-2008", "Penjelasan Pasal 8"))),
        Dont("jangan.konfrontasi",
             "Jangan menghadapi atau memberi tahu orang yang diduga melakukan.",
             "Ia dapat mengancam anak, menghapus bukti, atau melarikan diri.",
             (_PA_JANGAN,)),
        Dont("jangan.damai",
             "Jangan menyelesaikan kasus secara damai atau kekeluargaan bila pelakunya orang dewasa.",
             "Kekerasan seksual oleh orang dewasa tidak boleh diselesaikan di luar proses peradilan.",
             (_PA_JANGAN, legal("uu-12-2022", "Pasal 23"))),
        Dont("jangan.sebar_identitas",
             "Jangan menyebut nama, wajah, sekolah, atau alamat anak di grup obrolan atau media sosial.",
             "Identitas anak wajib dirahasiakan.",
             (_PA_JANGAN, legal("uu-11-2012", "Pasal 19"))),
        Dont("jangan.keluarkan_sekolah",
             "Jangan mengeluarkan anak dari sekolah karena kejadian ini.",
             "Anak berhak tetap bersekolah; penanganan di sekolah lewat TPPK.",
             (section("pendampingan/sosial-pendidikan", "jangan", "2.7", "Pendampingan sosial dan pendidikan"),
              legal("permendikbudristek-46-2023"))),
        Dont("jangan.tebus",
             "Jangan membayar atau menuruti permintaan orang yang mengancam menyebarkan materi.",
             "Membayar jarang menghentikan ancaman dan sering diikuti permintaan baru.",
             (section("pemulihan/penghapusan-materi", "jangan", "4.7", "Penghapusan materi"),)),
    )
}


DONTS: dict[str, Dont] = merge("larangan", _FIRST_RESPONSE, donts_tools.DONTS)
