"""The JSON adapter the browser calls: valid views for valid input, a specific error otherwise."""

from __future__ import annotations

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
question_ids = st.sampled_from([q.id for q in TREE.questions] + ["q_x", "h_korban", ""])
option_ids = st.sampled_from(sorted({o.id for q in TREE.questions for o in q.options}) + ["x"]) | st.none()


@settings(max_examples=300, deadline=None)
@given(st.one_of(json_values, st.fixed_dictionaries(
    {"tree": st.just(TREE.id), "answers": st.lists(st.tuples(question_ids, option_ids).map(list), max_size=5)},
    optional={"confirm": st.booleans() | json_values, "remembered": json_values, "base": json_values,
              "today": st.just("2026-11-29") | json_values})))
def test_random_and_malformed_input_never_crashes_or_lies(request):
    """Any input yields a valid view or a known error code; a view always matches the engine."""
    response = json.loads(handle(json.dumps(request)))
    if not response["ok"]:
        assert response["error"]["code"] in KNOWN_CODES
        return
    answers = [tuple(pair) for pair in response["answers"]]
    assert walk(TREE, answers).node.id == response["node"]
    assert response["kind"] in {"question", "summary", "result"} and response["html"].startswith("<div")
