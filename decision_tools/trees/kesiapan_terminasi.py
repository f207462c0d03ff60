"""Kesiapan terminasi: is this child's case ready to close, and what remains if it is not?

Why this tree exists: cases are closed too early, and for the wrong reasons: the trial ended, the
programme's money ran out, the child moved, the family stopped answering. The standard (Pedoman
4.5) allows termination only when its goal is met: the child is safe, feels comfortable, has
their needs met, and is accepted by family (or substitute family) and community, as Permen PPPA
8/2020 states them. It must be decided in a case conference, after resocialisation and
reintegration, with a written plan for follow-up (bimbingan lanjut) and an open door to re-open.
This tool walks a case manager through those checks one by one and never reaches "ready" while any
of them is "no" or "not known".

The order of questions is deliberate: new risk first, because it turns a closing case (or a
closed one in follow-up) back into an open one; then why closing is on the table, because several
common reasons are not reasons at all; then the resocialisation and reintegration steps that come
before termination; then the four criteria, one question each, safety first; then the two matters
particular to these cases (the child's legal rights and the material); and last the case
conference, where the decision is actually taken.
"""

from __future__ import annotations

from ..model import Example, Option, Outcome, Question, Tree, Urgency
from ..sections import legal, section

__all__ = ["TREE"]

_TM = "pemulihan/terminasi"
_TERMINASI = "4.5", "Terminasi"


def _tm(anchor: str):  # a standard sub-section of 4.5
    return section(_TM, anchor, *_TERMINASI)


_KRITERIA = section(_TM, "kriteria", "4.5.1", "Terminasi: kriteria")
_BUKAN = section(_TM, "bukan-alasan", "4.5.1", "Terminasi: yang bukan alasan")
_BUKA = section(_TM, "membuka-kembali", "4.5.8", "Membuka kembali kasus")
_BIMBINGAN = section(_TM, "bimbingan-lanjut", "4.5.7", "Bimbingan lanjut")
_KONFERENSI = section("koordinasi/konferensi-kasus", "cara", "5.3", "Konferensi kasus")
_PERMEN_8 = legal("permen-pppa-8-2020")  # the criteria are read there; the article number is not verified

_UNKNOWN_HINT = "Jika belum tahu, anggap belum terpenuhi sampai diperiksa."


def _criterion(qid: str, text: str, why: str, hint: str, yes: str, next_yes: str, not_yet: str,
               refs: tuple) -> Question:
    """One termination criterion: "ya" goes on; "tidak" and "tidak_tahu" go to the same "belum" outcome."""
    return Question(
        qid, text, why=why, hint=hint,
        options=(
            Option("ya", yes, next_yes),
            Option("tidak", "Belum", not_yet),
            Option("tidak_tahu", "Tidak tahu", not_yet, hint=_UNKNOWN_HINT),
        ),
        refs=refs,
    )


QUESTIONS = (
    Question(
        "q_risiko_baru",
        "Apakah ada tanda risiko baru sejak rencana layanan terakhir?",
        why="Risiko baru mengubah kasus yang hampir ditutup, atau yang sudah ditutup dan sedang dalam bimbingan "
            "lanjut, menjadi kasus yang perlu dinilai lagi. Terminasi tidak dibicarakan sebelum itu.",
        hint="Misalnya materi muncul lagi, ada ancaman atau pemerasan baru, terduga pelaku bebas atau menghubungi "
             "anak, anak dipanggil lagi untuk pemeriksaan, gejala kambuh, anak berhenti sekolah, ada orang baru "
             "tinggal serumah, atau ada kekerasan baru.",
        options=(
            Option("ada", "Ya, ada", "h_risiko_baru"),
            Option("tidak_ada", "Tidak ada", "q_alasan"),
            Option("tidak_tahu", "Tidak tahu", "h_risiko_baru",
                   hint="Jika belum tahu, nilai dulu sebelum membicarakan terminasi."),
        ),
        refs=(_BUKA, _BIMBINGAN, legal("pp-40-2011", "Pasal 36 ayat (1)")),
    ),
    Question(
        "q_alasan",
        "Mengapa terminasi dipertimbangkan sekarang?",
        why="Terminasi berarti tujuan layanan tercapai. Beberapa alasan yang sering muncul, seperti perkara "
            "selesai atau dana habis, bukan alasan untuk menutup kasus.",
        options=(
            Option("tujuan", "Tujuan layanan tampaknya tercapai", "q_resosialisasi"),
            Option("administratif", "Perkara selesai, dana habis, atau petugas pindah", "h_bukan_alasan",
                   hint="Termasuk masa program atau batas waktu tinggal di lembaga yang habis."),
            Option("pindah", "Anak pindah daerah atau berusia 18 tahun", "h_alihkan"),
            Option("keluarga", "Keluarga minta berhenti atau tidak bisa dihubungi", "h_keluarga"),
        ),
        refs=(_BUKAN, _tm("apa-itu")),
    ),
    _criterion(
        "q_resosialisasi",
        "Apakah langkah resosialisasi dan reintegrasi sudah dijalankan dan dievaluasi?",
        why="Terminasi adalah langkah terakhir setelah resosialisasi: anak sudah kembali ke sekolah, lingkungan, "
            "dan keluarganya dengan dukungan, dan perkembangannya sudah dipantau.",
        hint="Anak punya rencana tertulis untuk kembali ke sekolah, lingkungan, dan kehidupan daring, dan "
             "perkembangannya dipantau. Bila anak sempat tinggal di luar rumah, kepulangannya sudah diputuskan "
             "dalam konferensi kasus dan kunjungan lanjutan berjalan.",
        yes="Ya, sudah", next_yes="q_aman", not_yet="h_belum_resosialisasi",
        refs=(section("pemulihan/resosialisasi", "cara", "4.3", "Resosialisasi"),
              section("pemulihan/reintegrasi", "cara", "4.4", "Reintegrasi ke keluarga atau keluarga pengganti"),
              legal("pp-40-2011", "Pasal 36 ayat (1)"), _PERMEN_8),
    ),
    _criterion(
        "q_aman",
        "Kriteria 1: apakah anak aman?",
        why="Anak aman adalah kriteria pertama terminasi. Keempat kriteria harus terpenuhi.",
        hint="Tidak ada ancaman atau pemerasan yang masih berjalan, terduga pelaku tidak punya akses kepada anak, "
             "rencana keamanan keluarga berjalan, dan anak tahu kepada siapa ia minta tolong.",
        yes="Ya, semuanya terpenuhi", next_yes="q_nyaman", not_yet="h_belum_aman",
        refs=(_KRITERIA, _PERMEN_8),
    ),
    _criterion(
        "q_nyaman",
        "Kriteria 2: apakah anak merasa nyaman?",
        why="Rasa nyaman anak diukur dari kata-kata anak sendiri dan dari penilaian psikolog, bukan dari kesan "
            "orang lain.",
        hint="Anak mengatakan sendiri bahwa ia merasa cukup tenang, dan menurut psikolog gejalanya sudah berkurang "
             "atau dapat dikelola anak dan keluarga.",
        yes="Ya, keduanya", next_yes="q_kebutuhan", not_yet="h_belum_nyaman",
        refs=(_KRITERIA, _PERMEN_8),
    ),
    _criterion(
        "q_kebutuhan",
        "Kriteria 3: apakah kebutuhan anak terpenuhi?",
        why="Anak yang belum bersekolah, belum sehat, atau belum punya dokumen akan kembali tersandung setelah "
            "layanan ditutup.",
        hint="Anak bersekolah atau mengikuti pendidikan lain; kesehatannya stabil dan kontrol yang masih perlu "
             "sudah dialihkan ke layanan biasa; kebutuhan dasar dan dokumen kependudukan terpenuhi.",
        yes="Ya, semuanya terpenuhi", next_yes="q_diterima", not_yet="h_belum_kebutuhan",
        refs=(_KRITERIA, _PERMEN_8),
    ),
    _criterion(
        "q_diterima",
        "Kriteria 4: apakah anak diterima keluarga atau keluarga pengganti, dan masyarakat?",
        why="Anak yang disalahkan di rumah atau digunjingkan di lingkungannya belum pulih, walaupun layanan lain "
            "sudah selesai.",
        hint="Anak tidak disalahkan atau ditolak di rumah, dan perundungan atau gunjingan sudah ditangani.",
        yes="Ya, keduanya", next_yes="q_hak_hukum", not_yet="h_belum_diterima",
        refs=(_KRITERIA, _PERMEN_8),
    ),
    _criterion(
        "q_hak_hukum",
        "Apakah hak hukum anak sudah diurus?",
        why="Restitusi dan pendampingan hukum mudah terlewat bila layanan ditutup lebih dulu.",
        hint="Restitusi sudah diajukan atau keluarga tahu caranya, dan bila perkara masih berjalan, pendamping "
             "hukum tetap ada.",
        yes="Ya, sudah", next_yes="q_materi", not_yet="h_belum_hukum",
        refs=(_KRITERIA, section("pemulihan/restitusi", "cara", "4.6", "Restitusi"),
              legal("uu-35-2014", "Pasal 71D")),
    ),
    Question(
        "q_materi",
        "Bila ada materi tentang anak: apakah laporan penghapusan sudah dibuat, dan ada rencana bila materi muncul "
        "lagi?",
        why="Materi bisa muncul lagi setelah kasus ditutup. Anak dan keluarga perlu tahu apa yang dilakukan, dan "
            "laporan lama perlu tercatat.",
        hint="Rencana itu tertulis: siapa yang dihubungi, apa yang dikatakan kepada teman, dan nomor laporan serta "
             "tiket yang lama.",
        options=(
            Option("ya", "Ya, keduanya sudah", "q_konferensi"),
            Option("tidak_ada_materi", "Tidak ada materi dalam kasus ini", "q_konferensi"),
            Option("tidak", "Belum", "h_belum_materi"),
            Option("tidak_tahu", "Tidak tahu", "h_belum_materi", hint=_UNKNOWN_HINT),
        ),
        refs=(_KRITERIA, section("pemulihan/penghapusan-materi", "unggah-ulang", "4.7.8", "Bila materi diunggah ulang"),
              legal("uu-12-2022", "Pasal 68 huruf g")),
    ),
    _criterion(
        "q_konferensi",
        "Apakah konferensi kasus sudah memutuskan terminasi?",
        why="Terminasi diputuskan dalam konferensi kasus dan disetujui atasan secara tertulis, bukan oleh satu "
            "petugas.",
        hint="Dengan hasil pemeriksaan keempat kriteria, pendapat anak dan orang tua atau wali yang dicatat, dan "
             "persetujuan tertulis atasan manajer kasus.",
        yes="Ya, sudah diputuskan dan disetujui", next_yes="h_siap", not_yet="h_bawa_konferensi",
        refs=(_tm("siapa"), _KONFERENSI, _tm("standar-minimum")),
    ),
)

_NOT_YET = ("terminasi.jadwal_tinjau",)
_NOT_YET_DONTS = ("jangan.tutup_sepihak", "jangan.tutup_administratif")

OUTCOMES = (
    Outcome(
        "h_risiko_baru", "Ada risiko baru: nilai lagi, buka kembali bila perlu",
        "Ada, atau mungkin ada, risiko baru. Terminasi ditunda. Bila kasus sudah ditutup, kasus dibuka kembali hari "
        "ini tanpa mengulang dari awal.",
        why="Pemulihan sering naik turun. Membuka kembali kasus bukan tanda kegagalan anak atau petugas, dan anak "
            "tidak perlu menceritakan ulang kejadian lama.",
        urgency=Urgency.HARI_INI,
        steps=("keselamatan.hubungi_110", "terminasi.buka_kembali", "terminasi.asesmen_singkat",
               "terminasi.lapor_risiko_baru", "asesmen.dukungan_psikologis", "terminasi.konferensi_rencana_baru"),
        donts=("jangan.interogasi", "jangan.tutup_sepihak", "jangan.buka_materi", "jangan.syarat_kembali"),
        contacts=("uptd_ppa", "polisi_110", "sapa_129"),
        refs=(_BUKA, section("pendampingan/asesmen", "tingkat-risiko", "2.2.4", "Asesmen: tingkat risiko"),
              legal("pp-40-2011", "Pasal 36 ayat (1)")),
    ),
    Outcome(
        "h_bukan_alasan", "Bukan alasan untuk menutup kasus",
        "Perkara selesai, dana atau masa program habis, atau petugas pindah tidak berarti anak sudah pulih. Kasus "
        "tetap berjalan sampai keempat kriteria terpenuhi.",
        why="Putusan hakim, termasuk putusan bebas, dan akhir anggaran tidak mengubah kebutuhan anak. Yang "
            "menentukan terminasi adalah keadaan anak.",
        urgency=Urgency.MINGGU_INI,
        steps=("terminasi.periksa_kriteria", "terminasi.serah_terima", "terminasi.jadwal_tinjau"),
        donts=_NOT_YET_DONTS,
        contacts=("uptd_ppa",),
        refs=(_BUKAN, _tm("jangan"), _PERMEN_8),
    ),
    Outcome(
        "h_alihkan", "Rujuk atau alihkan, jangan tutup begitu saja",
        "Anak pindah daerah atau sudah berusia 18 tahun. Layanan dirujuk ke UPTD PPA di daerah baru atau dialihkan "
        "ke layanan bagi orang dewasa, dengan serah terima yang jelas.",
        why="Kebutuhan anak tidak hilang karena pindah alamat atau bertambah umur. Kasus di daerah asal baru ditutup "
            "sebagai \"dirujuk keluar\" setelah penerima mengonfirmasi.",
        urgency=Urgency.MINGGU_INI,
        steps=("terminasi.rujuk_daerah", "terminasi.alih_dewasa", "rahasia.jaga_identitas"),
        donts=("jangan.tutup_administratif", "jangan.buka_materi", "jangan.sebar_identitas"),
        contacts=("uptd_ppa", "sapa_129"),
        refs=(_BUKAN, section("koordinasi/rujukan", "lintas-daerah", "5.2.8", "Rujukan ke daerah lain"),
              legal("permen-pppa-4-2018")),
    ),
    Outcome(
        "h_keluarga", "Keluarga minta berhenti atau tidak bisa dihubungi",
        "Hormati permintaan keluarga, tetapi jangkau dan nilai keamanan anak dulu. Keputusannya dibawa ke "
        "konferensi kasus.",
        why="Bila anak masih dalam bahaya, kasus tidak boleh ditutup begitu saja. Keluarga yang menghilang atau "
            "ingin berhenti kadang sedang ditekan atau malu.",
        urgency=Urgency.MINGGU_INI,
        steps=("terminasi.jangkau_keluarga", "terminasi.nilai_permintaan", "terminasi.nilai_keamanan",
               "terminasi.konferensi"),
        donts=("jangan.tutup_sepihak", "jangan.syarat_kembali", "jangan.salahkan"),
        contacts=("uptd_ppa", "sapa_129"),
        refs=(_BUKAN, _tm("peran-orang-tua"), _KONFERENSI),
    ),
    Outcome(
        "h_belum_resosialisasi", "Belum siap: resosialisasi atau reintegrasi belum selesai",
        "Anak belum kembali ke sekolah, lingkungan, atau keluarganya dengan dukungan yang direncanakan, atau "
        "belum dipantau. Terminasi menunggu langkah ini.",
        why="Terminasi adalah langkah terakhir setelah resosialisasi. Bulan-bulan pertama setelah anak kembali "
            "adalah masa yang paling rawan.",
        urgency=Urgency.MINGGU_INI,
        steps=("terminasi.lanjut_resosialisasi", "terminasi.lanjut_reintegrasi", *_NOT_YET),
        donts=("jangan.pulangkan_tidak_aman", "jangan.umumkan", *_NOT_YET_DONTS),
        contacts=("uptd_ppa",),
        refs=(section("pemulihan/resosialisasi", "standar-minimum", "4.3", "Resosialisasi"),
              section("pemulihan/reintegrasi", "standar-minimum", "4.4", "Reintegrasi ke keluarga atau keluarga "
                      "pengganti"),
              legal("pp-40-2011", "Pasal 36 ayat (1)")),
    ),
    Outcome(
        "h_belum_aman", "Belum siap: anak belum aman",
        "Kriteria 1 belum terpenuhi, atau belum diketahui. Keamanan anak dinilai ulang dan rencana keamanan "
        "diperbarui sebelum terminasi dibicarakan lagi.",
        why="Tanpa keamanan, kriteria lain tidak berarti. Terminasi saat anak belum aman meninggalkan anak sendirian "
            "menghadapi ancaman.",
        urgency=Urgency.HARI_INI,
        steps=("keselamatan.hubungi_110", "terminasi.nilai_keamanan", "terminasi.rencana_keamanan", *_NOT_YET),
        donts=("jangan.pulangkan_tidak_aman", *_NOT_YET_DONTS),
        contacts=("polisi_110", "lpsk_148", "uptd_ppa"),
        refs=(_KRITERIA, section("pendampingan/sosial-pendidikan", "cara", "2.7", "Pendampingan sosial dan pendidikan"),
              legal("uu-12-2022", "Pasal 42–45")),
    ),
    Outcome(
        "h_belum_nyaman", "Belum siap: anak belum merasa nyaman",
        "Kriteria 2 belum terpenuhi, atau belum diketahui. Anak didengar lagi dan dukungan psikologis dilanjutkan.",
        why="Gejala yang belum bisa dikelola anak dan keluarga sering kambuh setelah pendamping pergi.",
        urgency=Urgency.MINGGU_INI,
        steps=("terminasi.dengar_anak", "asesmen.dukungan_psikologis", *_NOT_YET),
        donts=("jangan.janji_kosong", *_NOT_YET_DONTS),
        contacts=("uptd_ppa", "sapa_129"),
        refs=(_KRITERIA, section("pemulihan/kesehatan-fisik-mental", "cara", "4.1", "Pemulihan kesehatan fisik dan "
                                 "mental"), _PERMEN_8),
    ),
    Outcome(
        "h_belum_kebutuhan", "Belum siap: kebutuhan anak belum terpenuhi",
        "Kriteria 3 belum terpenuhi, atau belum diketahui: sekolah, kesehatan, kebutuhan dasar, atau dokumen "
        "kependudukan.",
        why="Kebutuhan yang belum terpenuhi dapat diurus lewat UPTD PPA dan Dinas Sosial selama kasus masih "
            "terbuka; setelah ditutup, keluarga sering tidak tahu ke mana harus meminta.",
        urgency=Urgency.MINGGU_INI,
        steps=("terminasi.penuhi_kebutuhan", "lembaga.rencana_belajar", *_NOT_YET),
        donts=("jangan.keluarkan_sekolah", *_NOT_YET_DONTS),
        contacts=("uptd_ppa",),
        refs=(_KRITERIA, section("pendampingan/sosial-pendidikan", "cara", "2.7", "Pendampingan sosial dan pendidikan"),
              legal("uu-12-2022", "Pasal 76 ayat (3)")),
    ),
    Outcome(
        "h_belum_diterima", "Belum siap: anak belum diterima sepenuhnya",
        "Kriteria 4 belum terpenuhi, atau belum diketahui: anak masih disalahkan atau ditolak di rumah, atau "
        "perundungan dan gunjingan belum ditangani.",
        why="Penerimaan keluarga dan masyarakat adalah bagian dari pemulihan. Bila rumah tidak aman, anak tidak "
            "dipulangkan ke sana.",
        urgency=Urgency.MINGGU_INI,
        steps=("terminasi.dukung_keluarga", "terminasi.tangani_perundungan", *_NOT_YET),
        donts=("jangan.salahkan", "jangan.pulangkan_tidak_aman", "jangan.umumkan", *_NOT_YET_DONTS),
        contacts=("uptd_ppa",),
        refs=(_KRITERIA, section("pemulihan/reintegrasi", "tidak-aman", "4.4.1", "Reintegrasi: bila rumah tidak aman"),
              _PERMEN_8),
    ),
    Outcome(
        "h_belum_hukum", "Belum siap: hak hukum anak belum diurus",
        "Restitusi belum diajukan dan keluarga belum tahu caranya, atau perkara masih berjalan tanpa pendamping "
        "hukum.",
        why="Anak korban pornografi berhak atas restitusi. Selama perkara berjalan, anak tetap butuh pendamping "
            "hukum.",
        urgency=Urgency.MINGGU_INI,
        steps=("terminasi.urus_restitusi", *_NOT_YET),
        donts=("jangan.damai", *_NOT_YET_DONTS),
        contacts=("lpsk_148", "uptd_ppa"),
        refs=(section("pemulihan/restitusi", "cara", "4.6", "Restitusi"), legal("uu-35-2014", "Pasal 71D"),
              legal("pp-43-2017")),
    ),
    Outcome(
        "h_belum_materi", "Belum siap: urusan materi belum selesai",
        "Laporan penghapusan belum dibuat, atau anak dan keluarga belum punya rencana bila materi muncul lagi.",
        why="Materi bisa muncul lagi kapan saja. Tanpa laporan dan rencana, anak menghadapinya sendirian setelah "
            "kasus ditutup.",
        urgency=Urgency.MINGGU_INI,
        steps=("materi.lapor_penghapusan", "materi.simpan_tiket", "materi.rencana_muncul_lagi", *_NOT_YET),
        donts=("jangan.buka_materi", "jangan.janji_kosong", *_NOT_YET_DONTS),
        contacts=("aduan_konten", "polisi_110", "uptd_ppa"),
        refs=(section("pemulihan/penghapusan-materi", "standar-minimum", "4.7", "Penghapusan materi"),
              legal("uu-12-2022", "Pasal 68 huruf g")),
    ),
    Outcome(
        "h_bawa_konferensi", "Kriteria tampak terpenuhi: putuskan dalam konferensi kasus",
        "Semua pemeriksaan tampak terpenuhi, tetapi keputusan belum diambil. Dengar anak dan orang tua, lalu "
        "putuskan terminasi dalam konferensi kasus.",
        why="Terminasi tidak diputuskan seorang diri. Konferensi kasus dapat melihat tanda bahaya yang terlewat oleh "
            "satu petugas.",
        urgency=Urgency.MINGGU_INI,
        steps=("terminasi.tanya_anak_ortu", "terminasi.konferensi"),
        donts=("jangan.tutup_sepihak",),
        contacts=("uptd_ppa",),
        refs=(_tm("siapa"), _KONFERENSI, _tm("standar-minimum")),
    ),
    Outcome(
        "h_siap", "Siap terminasi: tutup dengan bimbingan lanjut",
        "Keempat kriteria terpenuhi, urusan hukum dan materi ditangani, dan konferensi kasus sudah memutuskan. "
        "Tutup layanan dengan baik, dan jadwalkan bimbingan lanjut.",
        why="Terminasi bukan akhir perhatian kepada anak. Anak dipantau beberapa waktu, dan kasus dapat dibuka "
            "kembali dengan cepat bila perlu.",
        urgency=Urgency.MINGGU_INI,
        steps=("terminasi.siapkan_perpisahan", "terminasi.sesi_penutupan_anak", "terminasi.sesi_penutupan_ortu",
               "terminasi.alihkan_layanan", "terminasi.tutup_berkas", "terminasi.bimbingan_lanjut"),
        donts=("jangan.janji_kosong", "jangan.musnahkan_berkas", "jangan.syarat_kembali"),
        contacts=("uptd_ppa", "sapa_129", "polisi_110"),
        refs=(_tm("cara"), _BIMBINGAN, legal("pp-40-2011", "Pasal 36 ayat (1)"), _PERMEN_8),
    ),
)

_READY = (("q_risiko_baru", "tidak_ada"), ("q_alasan", "tujuan"), ("q_resosialisasi", "ya"), ("q_aman", "ya"),
          ("q_nyaman", "ya"), ("q_kebutuhan", "ya"), ("q_diterima", "ya"), ("q_hak_hukum", "ya"))

EXAMPLES = (
    Example("akun_baru_mengancam", "Akun baru mengancam menjelang terminasi",
            "Sebulan sebelum rencana terminasi, keluarga melapor bahwa sebuah akun baru mengirim pesan ancaman "
            "kepada anak.",
            (("q_risiko_baru", "ada"),), "h_risiko_baru"),
    Example("bimbingan_lanjut_ragu", "Tanda yang belum jelas saat bimbingan lanjut",
            "Saat kontak bimbingan lanjut tiga bulan setelah terminasi, orang tua menyebut anaknya kembali murung, "
            "tetapi belum tahu sebabnya.",
            (("q_risiko_baru", "tidak_tahu"),), "h_risiko_baru"),
    Example("putusan_sudah_keluar", "Putusan sudah keluar",
            "Putusan pengadilan sudah keluar, dan atasan meminta kasus segera ditutup karena anggaran program "
            "hampir habis.",
            (("q_risiko_baru", "tidak_ada"), ("q_alasan", "administratif")), "h_bukan_alasan"),
    Example("pindah_kota", "Keluarga pindah ke kota lain",
            "Keluarga anak pindah ke kota lain karena pekerjaan orang tua, sementara konseling anak masih berjalan.",
            (("q_risiko_baru", "tidak_ada"), ("q_alasan", "pindah")), "h_alihkan"),
    Example("malu_dikunjungi", "Orang tua minta kunjungan dihentikan",
            "Orang tua meminta kunjungan pekerja sosial dihentikan karena malu dilihat tetangga.",
            (("q_risiko_baru", "tidak_ada"), ("q_alasan", "keluarga")), "h_keluarga"),
    Example("belum_kembali_sekolah", "Rencana kembali ke sekolah belum dibuat",
            "Anak sudah pulang dari rumah aman, tetapi rencana kembali ke sekolah belum dibuat dan belum ada "
            "kunjungan lanjutan.",
            (("q_risiko_baru", "tidak_ada"), ("q_alasan", "tujuan"), ("q_resosialisasi", "tidak")),
            "h_belum_resosialisasi"),
    Example("kerabat_masih_datang", "Terduga pelaku masih bisa datang",
            "Terduga pelaku, seorang kerabat, masih sesekali datang ke rumah sebelah tempat anak tinggal.",
            (*_READY[:3], ("q_aman", "tidak")), "h_belum_aman"),
    Example("penilaian_psikolog_belum", "Penilaian psikolog belum ada",
            "Anak masih sering terbangun malam, dan psikolog belum memberi penilaian terakhir.",
            (*_READY[:4], ("q_nyaman", "tidak_tahu")), "h_belum_nyaman"),
    Example("akta_belum_ada", "Dokumen untuk sekolah belum ada",
            "Anak belum bisa mendaftar ke sekolah baru karena akta kelahirannya belum diurus.",
            (*_READY[:5], ("q_kebutuhan", "tidak")), "h_belum_kebutuhan"),
    Example("disalahkan_di_rumah", "Anak masih disalahkan di rumah",
            "Nenek yang tinggal serumah masih menyalahkan anak atas kejadian itu di depan saudara-saudaranya.",
            (*_READY[:6], ("q_diterima", "tidak")), "h_belum_diterima"),
    Example("restitusi_belum_tahu", "Keluarga belum tahu soal restitusi",
            "Perkara sudah diputus, tetapi keluarga belum pernah dijelaskan cara meminta restitusi.",
            (*_READY[:7], ("q_hak_hukum", "tidak")), "h_belum_hukum"),
    Example("tiket_belum_ada", "Laporan penghapusan belum dibuat",
            "Video anak sempat beredar, tetapi laporan ke platform dan Komdigi belum dibuat dan belum ada rencana "
            "bila video muncul lagi.",
            (*_READY, ("q_materi", "tidak")), "h_belum_materi"),
    Example("belum_konferensi", "Kriteria terpenuhi, rapat belum diadakan",
            "Semua kriteria tampak terpenuhi menurut manajer kasus, tetapi konferensi kasus belum diadakan.",
            (*_READY, ("q_materi", "ya"), ("q_konferensi", "tidak")), "h_bawa_konferensi"),
    Example("siap_dengan_materi", "Siap ditutup setelah materi ditangani",
            "Anak sudah setahun kembali bersekolah, laporan penghapusan dan rencananya sudah ada, dan konferensi "
            "kasus sudah memutuskan terminasi dengan persetujuan atasan.",
            (*_READY, ("q_materi", "ya"), ("q_konferensi", "ya")), "h_siap"),
    Example("siap_tanpa_materi", "Siap ditutup, kasus tanpa materi",
            "Kasus tanpa materi digital. Anak aman, bersekolah, dan diterima keluarganya; konferensi kasus sudah "
            "memutuskan terminasi.",
            (*_READY, ("q_materi", "tidak_ada_materi"), ("q_konferensi", "ya")), "h_siap"),
)

TREE = Tree(
    id="kesiapan_terminasi",
    slug="kesiapan-terminasi",
    title="Kesiapan terminasi",
    version="1.0.0",
    audience="Manajer kasus UPTD PPA, pekerja sosial, dan psikolog yang menyiapkan terminasi atau menjalankan "
             "bimbingan lanjut.",
    description="Apakah layanan bagi anak sudah boleh ditutup: risiko baru, alasan terminasi, resosialisasi dan "
                "reintegrasi, keempat kriteria, hak hukum, materi, dan keputusan konferensi kasus. Bila belum, apa "
                "yang masih harus dikerjakan.",
    root="q_risiko_baru",
    questions=QUESTIONS,
    outcomes=OUTCOMES,
    examples=EXAMPLES,
)
