# Make the reference fixture for endoaid's PREDICT Breast v3.0 model.
#
# Usage (from the repository root):
#   Rscript tools/predict_reference/make_fixture.R PATH/TO/benefits30.R \
#       [tests/test_consultation/data/predict_reference.csv]
#
# PATH/TO/benefits30.R is the reference implementation, R/benefits30.R of the public
# repository WintonCentre/predict-v30-r (MIT licence); it is not part of endoaid, see
# README.md beside this script for the commit used and the two corrections applied here.
# Needs R and the tibble package (Debian: apt-get install r-base-core r-cran-tibble).
#
# Writes one row per profile and endocrine arm: the inputs (in endoaid's field names and
# words), the arm, then for years 1-15 the women alive, dead of breast cancer and dead of
# other causes, per 100 women at diagnosis, cumulative by the end of the year.

suppressPackageStartupMessages(library(tibble))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) {
  stop("give the path of the reference R/benefits30.R", call. = FALSE)
}
reference <- args[[1]]
output <- if (length(args) >= 2) args[[2]] else
  "tests/test_consultation/data/predict_reference.csv"

# --- the reference, with two corrections made as the repository's later files make them ---
source_text <- readLines(reference, warn = FALSE)

correct <- function(text, from, to) {
  hits <- which(trimws(text) == from)
  if (length(hits) != 1) {
    stop(sprintf("expected the line '%s' once in the reference, found %d", from, length(hits)),
         call. = FALSE)
  }
  text[hits] <- sub(from, to, text[hits], fixed = TRUE)
  text
}

# 1. `ifelse(h==0, ...)` returns one value (its test has one), so 10 years of endocrine
#    therapy would equal 5; the later files (Predict_v3.1_2023_05_23.R, benefits31.R) use `if`.
source_text <- correct(
  source_text,
  "h10  <- ifelse(h==0, 0, c(rep(h, 10), rep(-.26+h, 5))) #including both ATLAS and aTTom trials",
  "h10  <- if (h==0) 0 else c(rep(h, 10), rep(-.26+h, 5))"
)
# 2. Yearly breast-cancer deaths were taken year by year for the first two columns only, so
#    the other columns shared each year's deaths between causes from cumulative figures; the
#    later files loop over every column.
source_text <- correct(source_text, "for (j in 1:2) {", "for (j in 1:cols) {")
eval(parse(text = source_text))

# --- profiles over the whole input space, from a fixed seed --------------------------------
set.seed(20221208)
n <- 600
marker <- c("1" = "positive", "0" = "negative", "9" = "unknown")
detected <- c("1" = "screen", "0" = "symptoms", "2" = "unknown")

profiles <- data.frame(
  age = sample(25:85, n, replace = TRUE),
  # sizes spread evenly on a log scale, so that small tumours are as well covered as large
  size_mm = round(exp(runif(n, log(1), log(150))), 1),
  grade = rep_len(1:3, n),
  nodes = ifelse(runif(n) < 0.85, sample(0:30, n, replace = TRUE), sample(31:50, n, TRUE)),
  er = ifelse(runif(n) < 0.8, 1, 0),
  her2 = sample(c(1, 0, 9), n, replace = TRUE),
  ki67 = sample(c(1, 0, 9), n, replace = TRUE),
  pr = sample(c(1, 0, 9), n, replace = TRUE),
  screen = sample(c(1, 0, 2), n, replace = TRUE),
  generation = sample(c(0, 2, 3), n, replace = TRUE),
  bis = sample(0:1, n, replace = TRUE),
  radio = sample(0:1, n, replace = TRUE),
  smoker = sample(0:1, n, replace = TRUE)
)
profiles$traz <- ifelse(profiles$her2 == 1, sample(0:1, n, replace = TRUE), 0)
# the edges of every range, once each
profiles$age[1:2] <- c(25, 85)
profiles$size_mm[1:2] <- c(1, 150)
profiles$nodes[1:2] <- c(0, 50)

heart_gy <- 2  # endoaid does not ask the heart dose: the model's population average

columns <- c(none = "rctb", five_years = "hrctb", ten_years = "h10rctb")
rows <- list()
for (p in seq_len(n)) {
  x <- profiles[p, ]
  result <- benefits30(
    age.start.in = x$age, screen.in = x$screen, size.in = x$size_mm, grade.in = x$grade,
    nodes.in = x$nodes, er.in = x$er, her2.in = x$her2, ki67.in = x$ki67, pr.in = x$pr,
    generation.in = x$generation, horm.in = 1, traz.in = x$traz, bis.in = x$bis,
    radio.in = x$radio, heart.gy.in = heart_gy, smoker.in = x$smoker
  )
  # PREDICT gives no endocrine benefit for ER-negative disease: only the first arm is kept
  arms <- if (x$er == 1) names(columns) else "none"
  for (arm in arms) {
    column <- columns[[arm]]
    breast <- 100 * result$pred.cum.br[, column]
    other <- 100 * result$pred.cum.oth[, column]
    alive <- 100 - breast - other
    inputs <- data.frame(
      profile = p, age = x$age, size_mm = x$size_mm, grade = x$grade, nodes = x$nodes,
      er = ifelse(x$er == 1, "positive", "negative"), her2 = marker[[as.character(x$her2)]],
      ki67 = marker[[as.character(x$ki67)]], pr = marker[[as.character(x$pr)]],
      detected = detected[[as.character(x$screen)]], chemotherapy = x$generation,
      trastuzumab = x$traz == 1, bisphosphonates = x$bis == 1,
      radiotherapy = x$radio == 1, smoker = x$smoker == 1, arm = arm
    )
    figures <- as.data.frame(t(c(
      setNames(round(alive, 4), paste0("alive_", 1:15)),
      setNames(round(breast, 4), paste0("breast_", 1:15)),
      setNames(round(other, 4), paste0("other_", 1:15))
    )))
    rows[[length(rows) + 1]] <- cbind(inputs, figures)
  }
}
table <- do.call(rbind, rows)
write.csv(table, output, row.names = FALSE, quote = FALSE)
cat(sprintf("wrote %d rows (%d profiles) to %s\n", nrow(table), n, output))
