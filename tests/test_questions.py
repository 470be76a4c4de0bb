"""Concept questions (ChoiceExercise): every option explains itself, a learner may answer in
the ways they naturally would, and each lesson shows the options its check knows."""

import pytest

from helpers import PLACEHOLDER, Status
from helpers.checks import ChoiceExercise, Option
from helpers.exercises import all_exercises
from tests.notebooks import LESSONS, read
from tools.lesson_cells import exercise_name, question_name

QUESTIONS = [exercise for exercise in all_exercises() if isinstance(exercise, ChoiceExercise)]


def shapes_question():
    return ChoiceExercise(
        "lesson99", "batch_shape", title="the shape of a batch's hidden layer",
        question="`X` is (4, 3) and `W1` is (2, 3). What is the shape of `X @ W1.T`?",
        options=(Option("(2, 4)", "that is the shape of `W1 @ X.T`: one column per input"),
                 Option("(4, 2)", "one row per input, one column per neuron", correct=True),
                 Option("(4, 3)", "the product keeps X's rows but takes W1.T's columns")),
        hints=("Write the shapes: (4, 3) @ (3, 2).", "The outer sizes remain."))


@pytest.mark.parametrize(("answer", "status", "words"), [
    (PLACEHOLDER, Status.NOT_ATTEMPTED, "replace `...` with the letter"),
    ("b", Status.CORRECT, "b) one row per input"),
    (" (B) ", Status.CORRECT, "b) one row per input"),
    ((4, 2), Status.CORRECT, "b) one row per input"),  # the option written out
    ("a", Status.INCORRECT, "a) is not it: that is the shape of `W1 @ X.T`"),
    ("(4, 3)", Status.INCORRECT, "c) is not it: the product keeps X's rows"),
    (2, Status.INCORRECT, 'letters, not numbers: answer with one of "a", "b", "c" '
                          '(option 2 is "b")'),
    ("d", Status.INCORRECT, "'d' is none of the options"),
    (None, Status.INCORRECT, "answer with the letter of an option, in quotes"),
])
def test_each_answer_gets_the_explanation_of_the_option_it_names(answer, status, words):
    feedback = shapes_question().check(answer)
    assert feedback.status is status
    assert words in feedback.message


def test_the_question_reads_as_markdown_with_lettered_options():
    text = shapes_question().markdown()
    assert text.startswith("### Question: the shape of a batch's hidden layer\n")
    assert "- **a)** (2, 4)\n- **b)** (4, 2)\n- **c)** (4, 3)" in text
    assert shapes_question().solution_code() == 'answer = "b"'


@pytest.mark.parametrize("options", [
    (Option("1", "one"), Option("2", "two")),  # none correct
    (Option("1", "one", correct=True), Option("2", "two", correct=True)),
    (Option("1", "one", correct=True),),
])
def test_a_question_needs_options_and_exactly_one_right_one(options):
    with pytest.raises(ValueError, match="exactly one of them correct"):
        ChoiceExercise("lesson99", "bad", title="t", question="q?", options=options)


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.full_name)
def test_every_option_of_the_course_has_its_own_explanation(question):
    texts = [option.text for option in question.options]
    whys = [option.why for option in question.options]
    assert len(set(texts)) == len(texts) and len(set(whys)) == len(whys)
    assert all(len(why) > 20 for why in whys)
    assert question.stars in (1, 2, 3)


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.full_name)
def test_every_lesson_shows_the_options_its_check_knows(question):
    path = next(p for p in LESSONS if "lesson" + p.name[:2] == question.lesson)
    cells = read(path).cells
    index = next(i for i, cell in enumerate(cells) if exercise_name(cell) == question.name)
    above = cells[index - 1]
    assert question_name(above) == question.name, "run make solutions"
    assert above.source == question.markdown(), "run make solutions"


def test_the_question_cell_is_written_above_its_exercise_kept_current_and_dropped(monkeypatch):
    import nbformat

    import tools.questions as questions
    from tools.lesson_cells import mark

    question = shapes_question()
    monkeypatch.setattr(questions, "find", lambda lesson, name: question
                        if (lesson, name) == ("lesson99", "batch_shape") else None)
    cell = nbformat.v4.new_code_cell("answer = ...\nex.batch_shape.check(answer)")
    mark(cell, exercise="batch_shape")
    note = nbformat.v4.new_markdown_cell("An instructor's note.")
    nb = nbformat.v4.new_notebook(cells=[note, cell])
    questions.place_questions("lesson99", nb)
    assert [c.source for c in nb.cells] == [note.source, question.markdown(), cell.source]
    question.title = "the shape of a hidden layer"  # the catalogue edited
    questions.place_questions("lesson99", nb)  # rebuilt from the catalogue, once
    assert [c.source for c in nb.cells] == [note.source, question.markdown(), cell.source]
    assert nb.cells[1].source.startswith("### Question: the shape of a hidden layer\n")
    nb.cells.pop()  # the exercise cell deleted: its question goes with it
    questions.place_questions("lesson99", nb)
    assert [c.source for c in nb.cells] == [note.source]


def test_a_question_edited_in_the_notebook_stops_the_build_and_says_where_it_lives(
        monkeypatch):
    import nbformat

    import tools.questions as questions
    from tools.atomic_files import Problem
    from tools.lesson_cells import mark

    question = shapes_question()
    monkeypatch.setattr(questions, "find", lambda lesson, name: question)
    cell = nbformat.v4.new_code_cell("answer = ...\nex.batch_shape.check(answer)")
    mark(cell, exercise="batch_shape")
    nb = nbformat.v4.new_notebook(cells=[cell])
    questions.place_questions("lesson99", nb)
    nb.cells[0].source = nb.cells[0].source.replace("(4, 3)", "(3, 4)")  # an instructor's fix
    before = [c.source for c in nb.cells]
    with pytest.raises(Problem, match="edited in the notebook.*helpers/exercises/lesson99.py"):
        questions.place_questions("lesson99", nb)
    assert [c.source for c in nb.cells] == before  # nothing lost
