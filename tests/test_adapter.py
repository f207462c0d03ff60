"""The JSON adapter the browser calls: valid views for valid input, a specific error otherwise."""

from __future__ import annotations

import html
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from decision_tools import registry
from decision_tools.browser import handle
from decision_tools.engine import walk

TREE = registry.TREES["penanganan_awal"]
KNOWN_CODES = {"bad_request", "unknown_question", "unknown_option", "not_on_path"}


def call(**request) -> dict:
    return json.loads(handle(json.dumps({"tree": TREE.id, "today": "2026-11-29", **request})))


def test_first_view_is_the_root_question():
    """No answers: the root question, titled "Langkah 1: <question>"."""
    view = call(answers=[])
    assert view["ok"] and view["kind"] == "question" and view["node"] == TREE.root
    assert view["title"] == f"Langkah 1: {TREE.nodes[TREE.root].text}"


def test_missing_answer_shows_the_error_state():
    """Submitting with nothing chosen re-shows the question with an error summary and a "Galat: " title."""
    view = call(answers=[["q_bahaya", None]])
    assert view["kind"] == "question" and view["title"].startswith("Galat: Langkah 1")
    assert "dt-error-summary" in view["html"] and 'role="alert"' in view["html"]


def test_remembered_answer_is_preselected():
    """Going back keeps answers: a remembered option is checked when its question shows again."""
    view = call(answers=[], remembered={"q_bahaya": "aman"})
    assert 'value="aman" checked' in view["html"]


def test_summary_before_result_then_result_with_print_details():
    """An outcome shows the check-your-answers summary first, then the result with version and date."""
    answers = [["q_bahaya", "aman"], ["q_posisi", "saksi"]]
    summary = call(answers=answers)
    assert summary["kind"] == "summary" and "Periksa jawaban" in summary["html"]
    result = call(answers=answers, confirm=True)
    assert result["kind"] == "result" and result["node"] == "h_anak_saksi"
    assert "versi 1.0.0" in result["html"] and "29 November 2026" in result["html"]
    assert result["title"] == "Langkah 3: Hasil"  # the title never carries the outcome


def test_errors_are_specific():
    """Each kind of bad input has its own stable code."""
    assert call(answers=[["q_posisi", "korban"]])["error"]["code"] == "not_on_path"
    assert call(answers=[["q_bahaya", "x"]])["error"]["code"] == "unknown_option"
    assert call(answers=[["q_nope", "x"]])["error"]["code"] == "unknown_question"
    assert json.loads(handle("{"))["error"]["code"] == "bad_request"
    assert json.loads(handle('{"tree": "nope"}'))["error"]["code"] == "bad_request"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
def requests_for(tree):
    """Plausible and implausible requests for one tree: real and fake ids, lists, dates, junk."""
    question_ids = st.sampled_from([q.id for q in tree.questions] + ["q_x", tree.outcomes[0].id, ""])
    option_ids = st.sampled_from(sorted({o.id for q in tree.questions for o in q.options}) + ["x"])
    choices = (option_ids | st.none() | st.lists(option_ids, max_size=3)
               | st.fixed_dictionaries({"lahir": st.dates().map(str), "kejadian": st.dates().map(str)}))
    return st.fixed_dictionaries(
        {"tree": st.just(tree.id), "answers": st.lists(st.tuples(question_ids, choices).map(list), max_size=5)},
        optional={"confirm": st.booleans() | json_values, "remembered": json_values, "base": json_values,
                  "today": st.just("2026-11-29") | json_values, "example": st.sampled_from(
                      [e.id for e in tree.examples] + ["x"])})


@settings(max_examples=400, deadline=None)
@given(st.one_of(json_values, st.sampled_from(list(registry.TREES.values())).flatmap(requests_for)))
def test_random_and_malformed_input_never_crashes_or_lies(request):
    """Any input yields a valid view or a known error code; a view always matches the engine."""
    response = json.loads(handle(json.dumps(request)))
    if not response["ok"]:
        assert response["error"]["code"] in KNOWN_CODES
        return
    tree = registry.TREES[request["tree"]]
    answers = [tuple(pair) for pair in response["answers"]]
    assert walk(tree, answers).node.id == response["node"]
    assert response["kind"] in {"question", "summary", "result"} and response["html"].startswith("<div")


def call_tree(tree_id: str, **request) -> dict:
    return json.loads(handle(json.dumps({"tree": tree_id, "today": "2026-11-29", **request})))


def test_dates_derive_the_age_band():
    """Typed dates become the age-band answer; the summary shows the band, never the dates."""
    view = call_tree("status_hukum", answers=[["q_dugaan", "berbuat"],
                                              ["q_usia", {"lahir": "2012-06-01", "kejadian": "2026-06-01"}]])
    assert view["ok"] and view["answers"][-1] == ["q_usia", "usia_14_18"] and view["node"] == "q_ancaman"


def test_impossible_dates_show_the_error_state():
    """Impossible or incomplete dates re-show the question with a specific error, not a result."""
    view = call_tree("status_hukum", answers=[["q_dugaan", "berbuat"],
                                              ["q_usia", {"lahir": "2012-06-01", "kejadian": "2011-01-01"}]])
    assert view["kind"] == "question" and view["title"].startswith("Galat:")
    assert "sebelum tanggal lahir" in view["html"]
    view = call_tree("status_hukum", answers=[["q_dugaan", "berbuat"], ["q_usia", {"lahir": "2012-06-01"}]])
    assert view["kind"] == "question" and "Isi tanggal lahir dan tanggal kejadian" in view["html"]


def test_typed_inputs_are_refused_where_the_question_takes_none():
    """Typed inputs for an ordinary question are a bad request."""
    assert call(answers=[["q_bahaya", {"x": "y"}]])["error"]["code"] == "bad_request"


def test_multiple_choice_merges_steps_once_in_urgency_order():
    """Several needs give one plan: every step of every need, each once, the most urgent first."""
    from decision_tools.steps import STEPS
    from decision_tools.trees.rencana_layanan import TREE as PLAN

    needs = ["hukum_korban", "materi", "keamanan"]
    view = call_tree("rencana_layanan", answers=[["q_kebutuhan", needs], ["q_risiko", "tidak"]], confirm=True)
    canonical = [o.id for o in PLAN.nodes["q_kebutuhan"].options if o.id in needs]  # the question's order
    assert view["kind"] == "result" and view["answers"][0] == ["q_kebutuhan", canonical]
    expected = set(PLAN.nodes["h_rencana"].steps)
    expected |= {s for o in PLAN.nodes["q_kebutuhan"].options if o.id in needs for s in o.steps}
    texts = [STEPS[s].text for s in expected]
    positions = [view["html"].index(html.escape(t)) for t in texts]
    assert all(view["html"].count(html.escape(t)) == 1 for t in texts)
    ranks = [STEPS[s].urgency.rank for _, s in sorted(zip(positions, expected, strict=True))]
    assert ranks == sorted(ranks)


def test_multiple_choice_needs_at_least_one():
    """Ticking nothing shows the error state; a single-choice question refuses a list of two."""
    view = call_tree("rencana_layanan", answers=[["q_kebutuhan", []]])
    assert view["title"].startswith("Galat:") and "Pilih satu jawaban atau lebih" in view["html"]
    assert call(answers=[["q_bahaya", ["aman", "medis"]]])["error"]["code"] == "unknown_option"
