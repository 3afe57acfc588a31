# R survey timings on the same generated file as the JMH SurveyBenchmark (see docs/benchmarks.md).
# Usage: Rscript bench/survey/bench_survey.R FILE
suppressMessages({library(survey); library(data.table)})
args <- commandArgs(trailingOnly = TRUE)
d <- as.data.frame(fread(args[1]))
ratings <- paste0("r", 1:16)
# CPU time (user + system), comparable with the Java SurveyCpuTime figures; elapsed printed too.
cpu <- function(t) unname(t["user.self"] + t["sys.self"])
time <- function(expr) { t <- system.time(expr); c(cpu = cpu(t), wall = unname(t["elapsed"])) }

# 1. Design + svymean of 16 ratings + svyby by 13 regions + each region vs the rest (svycontrast).
f <- as.formula(paste("~", paste(ratings, collapse = "+")))
t_est <- time({
  des <- svydesign(ids = ~1, strata = ~region, weights = ~weight, data = d)
  whole <- svymean(f, des)
  byreg <- svyby(f, ~region, des, svymean)
})
# Region vs the rest: one svyby(covmat=TRUE) + 16 svycontrast per region. On 1,000,000 rows one region
# already takes minutes in R, so the first region is timed and the total for 13 is extrapolated (x13).
regions <- sort(unique(d$region))
n_timed <- as.integer(Sys.getenv("R_REGIONS_TIMED", "1"))
t_cmp <- time({
  for (g in regions[seq_len(n_timed)]) {
    des2 <- update(des, .g = factor(region == g, levels = c(FALSE, TRUE)))
    b <- svyby(f, ~.g, des2, svymean, covmat = TRUE)
    for (k in seq_along(ratings)) {
      w <- rep(0, 2 * length(ratings)); w[k] <- -1; w[k + length(ratings)] <- 1
      svycontrast(b, w)
    }
  }
}) * length(regions) / n_timed
cat(sprintf("R survey: design + svymean + svyby(16 ratings, 13 regions): cpu %.2f s, wall %.2f s\n", t_est[1], t_est[2]))
cat(sprintf("R survey: 13 x svyby(covmat=TRUE) + svycontrast (region vs rest, %d region(s) timed, x13): cpu %.2f s, wall %.2f s\n", n_timed, t_cmp[1], t_cmp[2]))
cat(sprintf("R survey: means by region with comparison, total: cpu %.2f s, wall %.2f s\n", t_est[1] + t_cmp[1], t_est[2] + t_cmp[2]))

# 2. Raking 1,000,000 rows on region, age, sex (same margins as the JMH benchmark).
margin <- function(levels, tilt) {
  s <- 1 + tilt * ((seq_along(levels) - 1) %% 3 - 1)
  data.frame(levels, Freq = 30e6 * s / sum(s))
}
m_region <- margin(sort(unique(d$region)), 0.07); names(m_region)[1] <- "region"
m_age <- margin(sort(unique(d$age)), 0.11); names(m_age)[1] <- "age"
m_sex <- margin(sort(unique(d$sex)), 0.05); names(m_sex)[1] <- "sex"
t_rake <- time({
  des0 <- svydesign(ids = ~1, weights = ~weight, data = d)
  raked <- rake(des0, list(~region, ~age, ~sex), list(m_region, m_age, m_sex),
                control = list(maxit = 100, epsilon = 1e-10))
})
cat(sprintf("R survey: rake 3 margins: cpu %.2f s, wall %.2f s\n", t_rake[1], t_rake[2]))
