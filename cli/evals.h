/*
 * evals.h - the evaluations behind `chronicle eval`, one file each
 * (cli/eval_<what>.c). Each prints one JSON object on stdout.
 */
#ifndef CHR_CLI_EVALS_H
#define CHR_CLI_EVALS_H

/* int eval_<what>(int argc, char **argv); one line each */
int eval_tokenize(int argc, char **argv);

#endif
