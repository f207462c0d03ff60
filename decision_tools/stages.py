"""The stages of the service flow, from first contact to termination.

Why this module exists: the flow diagram on the "Alur layanan" page, the checklists (one per
stage) and the tools' triggers all name the same stages; this is the one list they share.
The order follows PP 40/2011 (pembinaan, pendampingan, pemulihan) and the UPTD PPA service
functions (Permen PPPA 4/2018; Perpres 55/2024).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["STAGES", "Stage"]


@dataclass(frozen=True)
class Stage:
    id: str
    title: str
    lead: str  # who leads this stage
    page: str  # the section of the standard that details it (docs/ path)


STAGES: tuple[Stage, ...] = (
    Stage("penerimaan", "Penerimaan laporan dan identifikasi", "Siapa pun yang pertama tahu; UPTD PPA; polisi",
          "alat/penanganan-awal.md"),
    Stage("pendampingan-awal", "Pendampingan awal", "UPTD PPA, Peksos, pendamping",
          "standar/pendampingan/pendampingan-awal.md"),
    Stage("asesmen", "Asesmen dan rencana layanan", "Manajer kasus UPTD PPA, Peksos, PK Bapas",
          "standar/pendampingan/asesmen.md"),
    Stage("pendampingan", "Pendampingan psikologis, medis, hukum, sosial dan pendidikan",
          "Psikolog, tenaga kesehatan, pendamping hukum, Peksos, sekolah", "standar/pendampingan/index.md"),
    Stage("pemulihan", "Pemulihan dan rehabilitasi sosial", "UPTD PPA, Dinas Sosial, layanan kesehatan",
          "standar/pemulihan/index.md"),
    Stage("resosialisasi", "Resosialisasi dan reintegrasi", "Peksos, keluarga, sekolah, masyarakat",
          "standar/pemulihan/resosialisasi.md"),
    Stage("terminasi", "Terminasi dan bimbingan lanjut", "Konferensi kasus; manajer kasus",
          "standar/pemulihan/terminasi.md"),
)
