# Make the reference fixtures for endoaid's PREDICT Breast v3.0 model.
#
# Usage (from the repository root):
#   Rscript tools/predict_reference/make_fixture.R PATH/TO/predict-v30-r [OUTPUT_FOLDER]
#
# PATH/TO/predict-v30-r is a checkout of the public repository WintonCentre/predict-v30-r
# (MIT licence) at the commit README.md names; R/benefits30.R and R/benefits3010.R are read
# from it. They are not part of endoaid. Needs R and the tibble package (Debian:
# apt-get install r-base-core r-cran-tibble).
#
# Writes two files into OUTPUT_FOLDER (default tests/test_consultation/data):
# - predict_reference.csv: one row per profile and endocrine arm, the inputs (in endoaid's
#   field names and words), the arm, then for years 1-15 the women alive, dead of breast
#   cancer and dead of other causes, per 100 women at diagnosis, cumulative by each year's end.
# - predict_from_five_reference.csv: the same for women alive 5 years after diagnosis (ER+
#   only), arms "five_years" (stop now) and "ten_years" (5 more years), years 1-10 from now.

suppressPackageStartupMessages(library(tibble))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) {
  stop("give the path of a checkout of WintonCentre/predict-v30-r", call. = FALSE)
}
checkout <- args[[1]]
folder <- if (length(args) >= 2) args[[2]] else "tests/test_consultation/data"

correct <- function(text, from, to) {
  hits <- which(trimws(text) == from)
  if (length(hits) != 1) {
    stop(sprintf("expected the line '%s' once in the reference, found %d", from, length(hits)),
         call. = FALSE)
  }
  text[hits] <- to
  text
}

# --- the reference, with the corrections its own later files make (README.md) -------------
b30 <- readLines(file.path(checkout, "R", "benefits30.R"), warn = FALSE)
# 1. `ifelse(h==0, ...)` returns one value (its test has one), so 10 years of endocrine
#    therapy would equal 5; R/benefits31.R and inst/Predict_v3.1_2023_05_23.R use `if`.
b30 <- correct(
  b30,
  "h10  <- ifelse(h==0, 0, c(rep(h, 10), rep(-.26+h, 5))) #including both ATLAS and aTTom trials",
  "    h10  <- if (h==0) 0 else c(rep(h, 10), rep(-.26+h, 5))"
)
eval(parse(text = b30))

b3010 <- readLines(file.path(checkout, "R", "benefits3010.R"), warn = FALSE)
# 2. Other-cause deaths of the women alive at year 5, from year 6's own cumulative hazard, as
#    R/benefits3110.R takes them (commit 910318d, "Back to Paul's version of m.oth"), written
#    for v3.0's cumulative baseline; benefits3010.R takes 1 - cumsum(m.oth[6:15]) with m.oth
#    counted out of all women at diagnosis.
b3010 <- correct(b3010, "m.oth <- m.oth[start:15]", paste(
  "    base.m.oth <- base.m.cum.oth",
  "    for (i in 2:15) base.m.oth[i] <- base.m.cum.oth[i] - base.m.cum.oth[i-1]",
  "    m.oth <- base.m.oth[start:15]*exp(mi)",
  "    m.cum.oth <- cumsum(m.oth)",
  "    s.cum.oth <- exp(- m.cum.oth)",
  "    m.cum.oth <- 1 - s.cum.oth",
  "    m.oth <- m.cum.oth",
  "    for (i in 2:10) m.oth[i] <- m.cum.oth[i] - m.cum.oth[i-1]",
  sep = "\n"
))
b3010 <- correct(b3010, "s.cum.oth.ten <- 1-cumsum(m.oth)", "    s.cum.oth.ten <- s.cum.oth")
eval(parse(text = b3010))

# --- profiles over the whole input space, from a fixed seed --------------------------------
marker <- c("1" = "positive", "0" = "negative", "9" = "unknown")
detected <- c("1" = "screen", "0" = "symptoms", "2" = "unknown")

draw <- function(n, er_share) {
  profiles <- data.frame(
    age = sample(25:85, n, replace = TRUE),
    # sizes spread evenly on a log scale, so that small tumours are as well covered as large
    size_mm = round(exp(runif(n, log(1), log(150))), 1),
    grade = rep_len(c(1, 2, 3, 9), n),
    nodes = ifelse(runif(n) < 0.85, sample(0:30, n, replace = TRUE), sample(31:50, n, TRUE)),
    er = ifelse(runif(n) < er_share, 1, 0),
    her2 = sample(c(1, 0, 9), n, replace = TRUE),
    ki67 = sample(c(1, 0, 9), n, replace = TRUE),
    pr = sample(c(1, 0, 9), n, replace = TRUE),
    screen = sample(c(1, 0, 2), n, replace = TRUE),
    generation = sample(c(0, 2, 3), n, replace = TRUE),
    bis = sample(0:1, n, replace = TRUE),
    radio = sample(0:1, n, replace = TRUE),
    smoker = sample(0:1, n, replace = TRUE),
    # her mean heart dose: half left blank (the population average, 2 Gy), half 0-25 Gy
    heart = ifelse(runif(n) < 0.5, NA, round(runif(n, 0, 25), 1))
  )
  profiles$traz <- ifelse(profiles$her2 == 1, sample(0:1, n, replace = TRUE), 0)
  # the edges of every range, once each
  profiles$age[1:2] <- c(25, 85)
  profiles$size_mm[1:2] <- c(1, 150)
  profiles$nodes[1:2] <- c(0, 50)
  profiles$heart[1:2] <- c(0, 25)
  profiles$radio[1:2] <- 1
  profiles
}

inputs_of <- function(p, x, arm) {
  data.frame(
    profile = p, age = x$age, size_mm = x$size_mm,
    grade = ifelse(x$grade == 9, "unknown", as.character(x$grade)), nodes = x$nodes,
    er = ifelse(x$er == 1, "positive", "negative"), her2 = marker[[as.character(x$her2)]],
    ki67 = marker[[as.character(x$ki67)]], pr = marker[[as.character(x$pr)]],
    detected = detected[[as.character(x$screen)]], chemotherapy = x$generation,
    trastuzumab = x$traz == 1, bisphosphonates = x$bis == 1,
    radiotherapy = x$radio == 1, smoker = x$smoker == 1,
    heart_dose_gy = ifelse(is.na(x$heart), "", as.character(x$heart)), arm = arm
  )
}

figures_of <- function(result, column, years) {
  breast <- 100 * result$pred.cum.br[, column]
  other <- 100 * result$pred.cum.oth[, column]
  alive <- 100 - breast - other
  as.data.frame(t(c(
    setNames(round(alive, 4), paste0("alive_", years)),
    setNames(round(breast, 4), paste0("breast_", years)),
    setNames(round(other, 4), paste0("other_", years))
  )))
}

run <- function(fn, x, horm = 1) {
  fn(
    age.start.in = x$age, screen.in = x$screen, size.in = x$size_mm, grade.in = x$grade,
    nodes.in = x$nodes, er.in = x$er, her2.in = x$her2, ki67.in = x$ki67, pr.in = x$pr,
    generation.in = x$generation, horm.in = horm, traz.in = x$traz, bis.in = x$bis,
    radio.in = x$radio, heart.gy.in = ifelse(is.na(x$heart), 2, x$heart),
    smoker.in = x$smoker
  )
}

write_rows <- function(rows, name, n) {
  table <- do.call(rbind, rows)
  path <- file.path(folder, name)
  write.csv(table, path, row.names = FALSE, quote = FALSE)
  cat(sprintf("wrote %d rows (%d profiles) to %s\n", nrow(table), n, path))
}

# From diagnosis: every arm, years 1-15 (ER-negative keeps only "none": no endocrine benefit)
set.seed(20221208)
n <- 600
profiles <- draw(n, 0.8)
# The reference's file today computes only hormone-therapy columns: "none" is its column
# "hrctb" with hormone therapy off (h = 0), i.e. radiotherapy, chemotherapy, trastuzumab and
# bisphosphonates as she has them.
columns <- c(none = "hrctb", five_years = "hrctb", ten_years = "h10rctb")
rows <- list()
for (p in seq_len(n)) {
  x <- profiles[p, ]
  without <- run(benefits30, x, horm = 0)
  rows[[length(rows) + 1]] <- cbind(inputs_of(p, x, "none"), figures_of(without, "hrctb", 1:15))
  if (x$er == 1) {
    with_h <- run(benefits30, x)
    for (arm in c("five_years", "ten_years")) {
      rows[[length(rows) + 1]] <- cbind(
        inputs_of(p, x, arm), figures_of(with_h, columns[[arm]], 1:15)
      )
    }
  }
}
write_rows(rows, "predict_reference.csv", n)

# From 5 years after diagnosis: ER-positive, stop now or 5 more years, years 1-10 from now
set.seed(20230128)
n <- 300
profiles <- draw(n, 1)
rows <- list()
for (p in seq_len(n)) {
  x <- profiles[p, ]
  result <- run(benefits3010, x)
  for (arm in c("five_years", "ten_years")) {
    rows[[length(rows) + 1]] <- cbind(
      inputs_of(p, x, arm), figures_of(result, columns[[arm]], 1:10)
    )
  }
}
write_rows(rows, "predict_from_five_reference.csv", n)
