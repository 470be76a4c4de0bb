"""Arrays the helpers share cannot be changed by a cell: `TALK_W1 *= 2` changes the learner's
copy, never what later helpers, widgets and checks start from."""

import numpy as np
import pytest

import helpers.explainers.learning
import helpers.talk
from helpers import lesson06
from helpers.exercises import all_exercises, lesson_modules
from helpers.explainers.learning import forward_batch, gradient_descent, mse
from helpers.explainers.network import sigmoid

TALK = {"TALK_X": [1.0, 1.0, 0.0], "TALK_W1": [[0.79, 0.44, 0.43], [0.85, 0.43, 0.29]],
        "TALK_W2": [0.5, 0.52]}
SHARED = [(helpers.talk, name) for name in TALK] + \
    [(helpers.explainers.learning, "PARTY_X"), (helpers.explainers.learning, "PARTY_Y")]


def _arrays(exercise):
    for values in (getattr(exercise, "inputs", {}), *getattr(exercise, "cases", ())):
        for name, value in values.items():
            if isinstance(value, np.ndarray):
                yield name, value


@pytest.mark.parametrize("exercise", all_exercises(), ids=lambda e: e.full_name)
def test_every_exercise_input_is_read_only(exercise):
    for name, value in _arrays(exercise):
        assert not value.flags.writeable, name
        assert value.base is None or not value.base.flags.writeable, name


@pytest.mark.parametrize("module", lesson_modules(), ids=lambda m: m.LESSON)
def test_every_exercise_module_array_the_checks_use_is_read_only(module):
    used = {id(value) for exercise in module.EXERCISES for _, value in _arrays(exercise)}
    for name, value in vars(module).items():
        if isinstance(value, np.ndarray) and id(value) in used:
            assert not value.flags.writeable, f"{module.LESSON}.{name}"


@pytest.mark.parametrize(("module", "name"), SHARED, ids=lambda x: getattr(x, "__name__", x))
def test_the_names_lessons_import_give_a_writable_copy(module, name):
    first, second = getattr(module, name), getattr(module, name)
    assert first.flags.writeable and first is not second
    assert np.array_equal(first, second)
    assert name in dir(module)


def test_doubling_the_imported_weights_changes_only_the_learners_copy():
    from helpers.explainers.learning import PARTY_X, PARTY_Y
    from helpers.talk import TALK_W1, TALK_W2

    before = gradient_descent(1.0, 3).losses
    TALK_W1 *= 2  # what a learner might write in a cell
    TALK_W2[0] = 9.0
    PARTY_X[:] = 0
    PARTY_Y += 1
    assert TALK_W1.tolist() == (2 * np.array(TALK["TALK_W1"])).tolist()
    from helpers.talk import TALK_W1 as again

    assert again.tolist() == TALK["TALK_W1"]
    assert helpers.talk.TALK_W2.tolist() == TALK["TALK_W2"]
    assert np.array_equal(gradient_descent(1.0, 3).losses, before)
    assert helpers.explainers.learning.PARTY_Y.sum() == 5.0
    assert lesson06.layer.check(lambda W, x: sigmoid(W @ x)).solved
    assert lesson06.layer.expected(lesson06.layer.cases[0]).tolist() == \
        sigmoid(np.array(TALK["TALK_W1"]) @ np.array(TALK["TALK_X"])).tolist()


def test_the_lesson_08_cells_still_compute_with_the_imported_arrays():
    from helpers.explainers.learning import PARTY_X, PARTY_Y
    from helpers.talk import TALK_W1, TALK_W2

    _, y = forward_batch(PARTY_X, TALK_W1, TALK_W2)
    assert 0 < mse(y, PARTY_Y) < 1


def test_a_learners_function_may_change_its_own_arguments():
    def neuron(w, x):
        w *= 1.0  # in place, on the copy the check hands it
        x[...] = x
        return sigmoid(np.dot(w, x))

    assert lesson06.neuron.check(neuron).solved


def test_writing_into_a_checks_input_is_refused():
    with pytest.raises(ValueError, match="read-only"):
        lesson06.PEOPLE[0, 0] = 5.0
