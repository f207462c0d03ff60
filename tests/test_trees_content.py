"""Content rules specific to the materi_digital, insiden_lembaga and kesiapan_terminasi trees.

The trees are imported directly (not through the registry) so these checks run before they are
registered. Every assertion walks the real tree data, path by path, with the engine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from decision_tools import citations, law
from decision_tools.contacts import CONTACTS
from decision_tools.donts import DONTS
from decision_tools.donts_tools import DONTS as TOOL_DONTS
from decision_tools.engine import walk
from decision_tools.model import LegalRef, Outcome, Question, Tree
from decision_tools.steps import awal, lembaga, materi, terminasi
from decision_tools.trees import insiden_lembaga, kesiapan_terminasi, materi_digital
from decision_tools.validate import problems

DOCS = Path(__file__).resolve().parents[1] / "docs"
STEP_MODULES = (awal, materi, lembaga, terminasi)
STEPS = {step_id: step for module in STEP_MODULES for step_id, step in module.STEPS.items()}
ALL_DONTS = {**DONTS, **TOOL_DONTS}
TREES = (materi_digital.TREE, insiden_lembaga.TREE, kesiapan_terminasi.TREE)


def all_paths(tree: Tree) -> list[tuple[tuple[tuple[str, str], ...], Outcome]]:
    """Every answer sequence from the root to an outcome, with the outcome it reaches."""
    found, stack = [], [()]
    while stack:
        answers = stack.pop()
        node = walk(tree, answers).node
        if isinstance(node, Outcome):
            found.append((answers, node))
        else:
            assert isinstance(node, Question)
            stack += [(*answers, (node.id, option.id)) for option in node.options]
    return found


# Catalogues and validity ---------------------------------------------------------------------------


def test_step_ids_are_unique_across_modules_and_themed():
    """No step id is defined in two modules, and every id reads "<theme>.<name>"."""
    seen: dict[str, str] = {}
    for module in STEP_MODULES:
        for step_id, step in module.STEPS.items():
            assert step_id not in seen, f"{step_id} in {module.__name__} and {seen[step_id]}"
            assert step.id == step_id and step_id.count(".") == 1, step_id
            seen[step_id] = module.__name__


def test_new_donts_do_not_shadow_the_shared_ones():
    """No id in donts_tools.py redefines one in donts.py (once merged, the entry must be the same object)."""
    assert [d for d in TOOL_DONTS if d in DONTS and DONTS[d] is not TOOL_DONTS[d]] == []
    assert all(dont.id == dont_id and dont_id.startswith("jangan.") for dont_id, dont in TOOL_DONTS.items())


@pytest.mark.parametrize("tree", TREES, ids=lambda t: t.id)
def test_tree_is_valid_and_every_id_it_uses_exists(tree):
    """No validation problem; every step, dont and contact exists; every citation resolves."""
    assert problems(tree, set(STEPS)) == []
    for outcome in tree.outcomes:
        assert [d for d in outcome.donts if d not in ALL_DONTS] == [], outcome.id
        assert [c for c in outcome.contacts if c not in CONTACTS] == [], outcome.id
    assert citations.unresolved(citations.standard_refs([tree], []), DOCS) == []


def test_new_catalogue_entries_cite_existing_sections_and_instruments():
    catalogues = [module.STEPS.values() for module in (materi, lembaga, terminasi)] + [TOOL_DONTS.values()]
    assert citations.unresolved(citations.standard_refs([], catalogues), DOCS) == []
    for catalogue in catalogues:
        for item in catalogue:
            assert item.refs, item.id
            assert [r for r in item.refs if isinstance(r, LegalRef) and law.by_id(r.instrument) is None] == [], item.id


def test_a_wajib_step_cites_the_law_that_requires_it():
    for step in STEPS.values():
        if step.strength.name == "WAJIB":
            assert any(isinstance(r, LegalRef) for r in step.refs), step.id


@pytest.mark.parametrize("tree", TREES, ids=lambda t: t.id)
def test_every_outcome_is_reached_and_tidak_tahu_goes_somewhere_safe(tree):
    """Every outcome is on some path; "Tidak tahu" always leads where another (safer) answer leads."""
    assert {outcome.id for _, outcome in all_paths(tree)} == {o.id for o in tree.outcomes}
    for question in tree.questions:
        unknown = [o for o in question.options if o.id == "tidak_tahu"]
        if unknown:
            assert unknown[0].next in {o.next for o in question.options if o.id != "tidak_tahu"}, question.id


@pytest.mark.parametrize("tree", TREES, ids=lambda t: t.id)
def test_every_question_and_outcome_explains_itself_and_cites_the_standard(tree):
    for node in (*tree.questions, *tree.outcomes):
        assert node.why.strip(), node.id
        assert any(not isinstance(r, LegalRef) for r in node.refs), f"{node.id}: no section of the standard"


# materi_digital ------------------------------------------------------------------------------------


def test_materi_every_outcome_forbids_opening_the_material():
    """Whatever the answers, the result says: do not open, copy, keep or forward the material."""
    paths = all_paths(materi_digital.TREE)
    assert paths
    assert [(a, o.id) for a, o in paths if "jangan.buka_materi" not in o.donts] == []


def test_materi_threats_lead_to_no_paying_no_deleting_and_the_police():
    """An answered or possible threat always ends with: don't pay, don't delete, report to the police."""
    threatened = [(a, o) for a, o in all_paths(materi_digital.TREE) if dict(a).get("q_ancaman") in ("ya", "tidak_tahu")]
    assert threatened
    for answers, outcome in threatened:
        assert {"materi.jangan_bayar", "lapor.polisi"} <= set(outcome.steps), answers
        assert {"jangan.tebus", "jangan.hapus_bukti"} <= set(outcome.donts), answers


def test_materi_self_generated_material_keeps_the_child_a_victim():
    """When the child recorded the material, the result always says the child is not to blame."""
    self_made = [(a, o) for a, o in all_paths(materi_digital.TREE) if dict(a).get("q_dibuat_sendiri") == "ya"]
    assert self_made
    for answers, outcome in self_made:
        assert "materi.anak_tetap_korban" in outcome.steps, answers


def test_materi_circulating_material_is_reported_for_removal_with_honest_limits():
    circulating = [(a, o) for a, o in all_paths(materi_digital.TREE) if "q_dibuat_sendiri" in dict(a)]
    assert circulating
    for answers, outcome in circulating:
        assert {"materi.catat_lokasi", "lapor.polisi", "materi.lapor_penghapusan", "materi.jelaskan_batas"} <= set(
            outcome.steps), answers


def test_materi_possible_adult_means_no_settlement():
    for answers, outcome in all_paths(materi_digital.TREE):
        if dict(answers).get("q_dewasa") in ("ya", "tidak_tahu"):
            assert "jangan.damai" in outcome.donts, answers


def test_materi_peers_who_forwarded_are_supported_not_expelled():
    peers = [o for a, o in all_paths(materi_digital.TREE) if dict(a).get("q_dewasa") == "tidak"]
    assert peers
    for outcome in peers:
        assert {"materi.dampingi_penyebar", "lembaga.kenali_setiap_anak"} <= set(outcome.steps), outcome.id
        assert "jangan.keluarkan_sekolah" in outcome.donts, outcome.id


# insiden_lembaga -----------------------------------------------------------------------------------


def test_lembaga_adult_possibly_involved_means_police_and_no_settlement():
    """Every path where an adult is, or may be, involved (anything but q_dewasa = "tidak") ends with a police
    report step and the "no internal settlement" rule."""
    paths = all_paths(insiden_lembaga.TREE)
    adult = [(a, o) for a, o in paths if dict(a).get("q_dewasa") != "tidak"]
    assert adult and any(dict(a).get("q_dewasa") == "ya" for a, _ in adult)
    for answers, outcome in adult:
        assert "jangan.damai" in outcome.donts, answers
        assert "lapor.polisi" in outcome.steps, answers


def test_lembaga_children_only_paths_support_every_child_and_never_expel():
    peers = [(a, o) for a, o in all_paths(insiden_lembaga.TREE) if dict(a).get("q_dewasa") == "tidak"]
    assert peers
    for answers, outcome in peers:
        assert {"lembaga.kenali_setiap_anak", "lembaga.beri_tahu_orang_tua", "lembaga.rencana_belajar"} <= set(
            outcome.steps), answers
        assert "jangan.keluarkan_sekolah" in outcome.donts, answers


def test_lembaga_reporting_triggers_lead_to_the_police_the_same_day():
    """Material circulating, coercion, threats, a very young child or risk of harm: police and UPTD PPA today."""
    for answers, outcome in all_paths(insiden_lembaga.TREE):
        given = dict(answers)
        if given.get("q_materi") in ("ya", "tidak_tahu") or given.get("q_keadaan") in ("ya", "tidak_tahu"):
            assert {"lapor.polisi", "lapor.uptd_ppa"} <= set(outcome.steps), answers
            assert outcome.urgency.rank <= 1, answers


def test_lembaga_every_outcome_keeps_the_child_unidentified():
    for outcome in insiden_lembaga.TREE.outcomes:
        assert "rahasia.jaga_identitas" in outcome.steps, outcome.id


# kesiapan_terminasi --------------------------------------------------------------------------------

CRITERIA = ("q_resosialisasi", "q_aman", "q_nyaman", "q_kebutuhan", "q_diterima", "q_hak_hukum", "q_konferensi")


def test_terminasi_never_ready_while_anything_is_no_or_unknown():
    """"Siap terminasi" is reached only if no answer on the way is "tidak" or "tidak_tahu", and every criterion
    (and the case conference) was answered "ya"."""
    ready = [a for a, o in all_paths(kesiapan_terminasi.TREE) if o.id == "h_siap"]
    assert ready
    for answers in ready:
        assert not [q for q, option in answers if option in ("tidak", "tidak_tahu")], answers
        assert all(dict(answers).get(q) == "ya" for q in CRITERIA), answers


def test_terminasi_each_criterion_question_offers_no_and_unknown_to_a_not_yet_outcome():
    for question_id in CRITERIA:
        question = kesiapan_terminasi.TREE.nodes[question_id]
        targets = {o.id: o.next for o in question.options}
        assert {"ya", "tidak", "tidak_tahu"} <= set(targets), question_id
        assert targets["tidak"] == targets["tidak_tahu"] != "h_siap", question_id
        assert targets["tidak"].startswith(("h_belum_", "h_bawa_")), question_id


def test_terminasi_ready_closes_with_follow_up_and_new_risk_reopens():
    nodes = kesiapan_terminasi.TREE.nodes
    assert "terminasi.bimbingan_lanjut" in nodes["h_siap"].steps
    assert "jangan.musnahkan_berkas" in nodes["h_siap"].donts
    assert "terminasi.buka_kembali" in nodes["h_risiko_baru"].steps
    for answers, outcome in all_paths(kesiapan_terminasi.TREE):
        if dict(answers).get("q_risiko_baru") in ("ada", "tidak_tahu"):
            assert outcome.id == "h_risiko_baru", answers
