"""Steps of a service plan: one per need that an assessment can find, plus case management."""

from __future__ import annotations

from ..model import Step, Strength, Urgency
from ..sections import legal, section

__all__ = ["STEPS"]

ASESMEN = section("pendampingan/asesmen", "cara", "2.2", "Asesmen")
RISIKO = section("pendampingan/asesmen", "tingkat-risiko", "2.2.4", "Tingkat risiko")
KONFERENSI = section("koordinasi/konferensi-kasus", "cara", "5.3", "Konferensi kasus")
RUJUKAN = section("koordinasi/rujukan", "cara", "5.2", "Rujukan")

S, U = Strength, Urgency

STEPS: dict[str, Step] = {
    s.id: s
    for s in (
        Step("rencana.manajer_kasus",
             "Tunjuk satu manajer kasus yang memegang rencana, menghubungi setiap lembaga, dan menjadi kontak "
             "keluarga.", "UPTD PPA", U.HARI_INI, S.STANDAR,
             (ASESMEN, legal("permen-pppa-4-2018"), legal("permen-pppa-2-2022"))),
        Step("rencana.konferensi_darurat",
             "Adakan konferensi kasus darurat dengan polisi, Peksos, dan layanan kesehatan untuk risiko tinggi.",
             "Manajer kasus UPTD PPA", U.SEGERA, S.STANDAR, (RISIKO, KONFERENSI)),
        Step("rencana.konferensi",
             "Bahas rencana ini dalam konferensi kasus: siapa melakukan apa, kapan, dan bagaimana saling memberi "
             "kabar. Dengarkan pendapat anak dan keluarga.", "Manajer kasus UPTD PPA", U.MINGGU_INI, S.STANDAR,
             (KONFERENSI,)),
        Step("rencana.rujukan_hangat",
             "Rujuk ke setiap lembaga dengan menelepon dan mendampingi, bukan hanya memberi alamat. Kirim "
             "ringkasan tanpa materi dan tanpa identitas lengkap di grup obrolan.",
             "Manajer kasus UPTD PPA", U.MINGGU_INI, S.STANDAR, (RUJUKAN, legal("pp-40-2011", "Pasal 11"))),
        Step("rencana.tinjau",
             "Tinjau rencana paling sedikit sebulan sekali dan setiap kali keadaan anak berubah.",
             "Manajer kasus UPTD PPA", U.BERKELANJUTAN, S.STANDAR, (ASESMEN,)),
        Step("rencana.medis",
             "Atur pemeriksaan dan perawatan medis di puskesmas atau rumah sakit; pemeriksaan medikolegal dan visum "
             "et repertum hanya atas permintaan penyidik, dengan pendamping.",
             "UPTD PPA bersama tenaga kesehatan", U.HARI_INI, S.STANDAR,
             (section("pendampingan/medis", "cara", "2.4", "Pendampingan medis"), legal("permenkes-68-2013"))),
        Step("rencana.psikologis_lanjut",
             "Jadwalkan pendampingan psikologis berkala oleh psikolog atau konselor terlatih, dan libatkan keluarga.",
             "Psikolog UPTD PPA atau layanan kesehatan jiwa", U.MINGGU_INI, S.STANDAR,
             (section("pendampingan/psikologis", "cara", "2.3", "Pendampingan psikologis"),
              section("pemulihan/kesehatan-fisik-mental", "cara", "4.1", "Pemulihan kesehatan fisik dan mental"))),
        Step("rencana.perlindungan_lpsk",
             "Mintakan perlindungan LPSK bila anak atau keluarganya diancam; polisi mengajukannya setelah "
             "perlindungan sementara.", "Penyidik bersama pendamping", U.HARI_INI, S.WAJIB,
             (section("pendampingan/hukum-anak-korban", "cara", "2.5", "Pendampingan hukum anak korban"),
              legal("uu-12-2022", "Pasal 43 ayat (1)"), legal("uu-31-2014"))),
        Step("rencana.jalur_abh",
             "Tentukan jalur hukum anak dengan alat Status dan jalur hukum anak: diversi, penahanan, dan tenggat.",
             "Penasihat hukum, PK Bapas, dan pendamping", U.HARI_INI, S.WAJIB,
             (section("pendampingan/hukum-anak-berkonflik", "cara", "2.6",
                      "Pendampingan hukum anak yang berkonflik dengan hukum"), legal("uu-11-2012"))),
        Step("rencana.keselamatan",
             "Susun rencana keselamatan bersama anak dan keluarga: siapa yang dihubungi saat terancam, tempat aman, "
             "dan pengaturan akun daring.", "Peksos atau pendamping UPTD PPA", U.HARI_INI, S.STANDAR,
             (section("pendampingan/sosial-pendidikan", "cara", "2.7", "Pendampingan sosial dan pendidikan"),)),
        Step("rencana.keluarga",
             "Dampingi keluarga: jelaskan apa yang dialami anak, cara mendukungnya tanpa menyalahkan, dan di mana "
             "keluarga bisa mendapat bantuan.", "Peksos, Sakti Peksos, atau konselor keluarga", U.MINGGU_INI,
             S.STANDAR,
             (section("pendampingan/sosial-pendidikan", "cara", "2.7", "Pendampingan sosial dan pendidikan"),
              legal("uu-11-2009"))),
        Step("rencana.restitusi",
             "Bantu keluarga mengajukan restitusi dan catat kerugian sejak awal (biaya medis, psikologis, "
             "transportasi); LPSK dapat menilai jumlahnya.", "Pendamping hukum bersama LPSK", U.MINGGU_INI,
             S.STANDAR,
             (section("pemulihan/restitusi", "cara", "4.6", "Restitusi"), legal("uu-35-2014", "Pasal 71D"),
              legal("pp-43-2017"))),
        Step("rencana.disabilitas",
             "Sesuaikan setiap layanan dengan disabilitas anak: juru bahasa isyarat, pendamping, komunikasi yang "
             "mudah dipahami, dan akses tempat.", "UPTD PPA dan setiap lembaga yang dirujuk", U.HARI_INI, S.WAJIB,
             (ASESMEN, legal("uu-8-2016"), legal("perpres-55-2024"))),
        Step("rencana.ekonomi",
             "Kenali kebutuhan ekonomi yang mendesak (biaya transportasi, kehilangan penghasilan) dan rujuk ke "
             "Dinas Sosial atau program bantuan setempat.", "UPTD PPA dan Dinas Sosial", U.MINGGU_INI, S.STANDAR,
             (RUJUKAN, legal("perpres-55-2024"))),
    )
}
