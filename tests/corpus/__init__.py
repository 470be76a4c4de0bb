"""An independent corpus of learner answers, to measure the exercises' checks from outside."""
