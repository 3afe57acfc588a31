# Extra reference values for the Java survey estimators, computed with R + survey 4.1-1.
# Run from the repository root:  Rscript core/src/test/resources/survey/extra_references.R ../shared/data/survey-microdata
# Writes, next to this script: extra_references_R_survey.csv (id, quantity, value, r_call),
# calibrated_weights_apistrat.csv and hdv2003_priorities.csv (a multi-response item derived from hdv2003).
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
data_dir <- if (length(args) >= 1) args[1] else "../shared/data/survey-microdata"
out_dir <- dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE)))
rd <- function(f) read.csv(file.path(data_dir, f), stringsAsFactors = FALSE)
apistrat <- rd("apistrat.csv"); apiclus1 <- rd("apiclus1.csv"); apiclus2 <- rd("apiclus2.csv")
apipop <- rd("apipop.csv"); nhanes <- rd("nhanes.csv"); hdv <- rd("hdv2003.csv")
options(digits = 15)
rows <- list()
add <- function(id, quantity, value, call) {
  rows[[length(rows) + 1]] <<- data.frame(id = id, quantity = quantity, value = as.numeric(value), r_call = call)
}

dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat)
dclus1 <- svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1)
dclus2 <- svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2)
dnh <- svydesign(id = ~SDMVPSU, strata = ~SDMVSTRA, weights = ~WTMEC2YR, nest = TRUE, data = nhanes)
dhdv <- svydesign(id = ~1, weights = ~poids, data = hdv)

# 1. Confidence intervals: t with degf of the (subset) design.
ci_mean <- function(id, f, d, call) {
  m <- svymean(f, d, na.rm = TRUE)
  ci <- confint(m, df = degf(d))
  add(id, "estimate", coef(m), call); add(id, "se", SE(m), call)
  add(id, "ci_low", ci[1], call); add(id, "ci_high", ci[2], call); add(id, "df", degf(d), call)
}
ci_mean("mean.apistrat.api00", ~api00, dstrat, "confint(svymean(~api00, dstrat), df=degf(dstrat))")
ci_mean("mean.apistrat.api00.stype=E", ~api00, subset(dstrat, stype == "E"),
        "d<-subset(dstrat, stype=='E'); confint(svymean(~api00, d), df=degf(d))")
ci_mean("mean.nhanes.HI_CHOL.race=3", ~HI_CHOL, subset(dnh, race == 3),
        "d<-subset(dnh, race==3); confint(svymean(~HI_CHOL, d, na.rm=TRUE), df=degf(d))")
ci_mean("mean.apiclus2.api00", ~api00, dclus2, "confint(svymean(~api00, dclus2), df=degf(dclus2))")
ci_prop <- function(id, f, d, call) {
  p <- svyciprop(f, d, method = "logit")
  add(id, "estimate", coef(p), call); add(id, "se", SE(p), call)
  add(id, "ci_low", attr(p, "ci")[1], call); add(id, "ci_high", attr(p, "ci")[2], call)
}
ci_prop("prop.apistrat.sch.wide=Yes", ~I(sch.wide == "Yes"), dstrat, "svyciprop(~I(sch.wide=='Yes'), dstrat, method='logit')")
ci_prop("prop.apistrat.sch.wide=Yes.stype=M", ~I(sch.wide == "Yes"), subset(dstrat, stype == "M"),
        "svyciprop(~I(sch.wide=='Yes'), subset(dstrat, stype=='M'), method='logit')")
ci_prop("prop.apiclus1.sch.wide=Yes", ~I(sch.wide == "Yes"), dclus1, "svyciprop(~I(sch.wide=='Yes'), dclus1, method='logit')")

# 2. Share of values >= a threshold (logit CI).
ci_prop("share.hdv.heures.tv>=3", ~I(heures.tv >= 3), subset(dhdv, !is.na(heures.tv)),
        "svyciprop(~I(heures.tv>=3), subset(dhdv, !is.na(heures.tv)), method='logit')")
ci_prop("share.hdv.heures.tv>=3.sexe=Femme", ~I(heures.tv >= 3), subset(dhdv, !is.na(heures.tv) & sexe == "Femme"),
        "svyciprop(~I(heures.tv>=3), subset(dhdv, !is.na(heures.tv) & sexe=='Femme'), method='logit')")
ci_prop("share.apistrat.api00>=700.stype=H", ~I(api00 >= 700), subset(dstrat, stype == "H"),
        "svyciprop(~I(api00>=700), subset(dstrat, stype=='H'), method='logit')")

# 3. Quantiles (qrule='math', Woodruff 'mean' interval, df=degf of the subset design).
q_add <- function(id, f, d, p, call) {
  q <- svyquantile(f, d, quantiles = p, na.rm = TRUE)
  v <- q[[1]]
  add(id, "estimate", v[1, 1], call); add(id, "ci_low", v[1, 2], call); add(id, "ci_high", v[1, 3], call)
  add(id, "se", v[1, 4], call)
}
q_add("quantile.apistrat.api00.0.25", ~api00, dstrat, 0.25, "svyquantile(~api00, dstrat, 0.25)")
q_add("quantile.apistrat.api00.0.9", ~api00, dstrat, 0.9, "svyquantile(~api00, dstrat, 0.9)")
q_add("quantile.hdv.age.0.5.sexe=Femme", ~age, subset(dhdv, sexe == "Femme"), 0.5, "svyquantile(~age, subset(dhdv, sexe=='Femme'), 0.5)")
q_add("quantile.nhanes.agecat.none", ~WTMEC2YR, dnh, 0.5, "svyquantile(~WTMEC2YR, dnh, 0.5)")
q_add("quantile.apiclus2.enroll.0.5", ~enroll, dclus2, 0.5, "svyquantile(~enroll, dclus2, 0.5, na.rm=TRUE)")

# 4. Domain vs the rest of the sample: svyby(~y, ~I(g==x), covmat=TRUE) + svycontrast, p on degf(design).
diff_add <- function(id, yf, d, groupvar, level, call) {
  d <- update(d, .grp = factor(get(groupvar) == level, levels = c(FALSE, TRUE)))
  b <- svyby(yf, ~.grp, d, svymean, na.rm = TRUE, covmat = TRUE)
  ct <- svycontrast(b, c(-1, 1))
  t <- coef(ct) / SE(ct)
  add(id, "diff", coef(ct), call); add(id, "se_diff", SE(ct), call); add(id, "t", t, call)
  add(id, "p", 2 * pt(-abs(t), degf(d)), call); add(id, "df", degf(d), call)
}
for (s in c("E", "M", "H")) diff_add(paste0("diff.apistrat.api00.stype=", s), ~api00, dstrat, "stype", s,
  "b<-svyby(~api00, ~I(stype==s), dstrat, svymean, covmat=TRUE); svycontrast(b, c(-1,1)); 2*pt(-abs(t), degf(dstrat))")
for (r in 1:4) diff_add(paste0("diff.nhanes.HI_CHOL.race=", r), ~HI_CHOL, subset(dnh, !is.na(HI_CHOL)), "race", r,
  "d<-subset(dnh, !is.na(HI_CHOL)); b<-svyby(~HI_CHOL, ~I(race==r), d, svymean, covmat=TRUE); svycontrast(b, c(-1,1)); 2*pt(-abs(t), degf(d))")
for (s in c("E", "M", "H")) diff_add(paste0("diff.apiclus2.api00.stype=", s), ~api00, dclus2, "stype", s,
  "b<-svyby(~api00, ~I(stype==s), dclus2, svymean, covmat=TRUE); svycontrast(b, c(-1,1))")
for (s in c("E", "M", "H")) diff_add(paste0("diff.apiclus1.sch.wide.stype=", s), ~I(as.numeric(sch.wide == "Yes")), dclus1, "stype", s,
  "b<-svyby(~I(as.numeric(sch.wide=='Yes')), ~I(stype==s), dclus1, svymean, covmat=TRUE); svycontrast(b, c(-1,1))")

# 5. Rao-Scott chi-square (svychisq statistic="F", default, and "Chisq").
chi_add <- function(id, f, d, call) {
  a <- svychisq(f, d, statistic = "F")
  add(id, "F", a$statistic, call); add(id, "ndf", a$parameter[1], call); add(id, "ddf", a$parameter[2], call)
  add(id, "p_F", a$p.value, call)
  b <- svychisq(f, d, statistic = "Chisq")
  add(id, "X2", b$statistic, call); add(id, "p_Chisq", b$p.value, call)
}
chi_add("chisq.apistrat.stype.sch.wide", ~stype + sch.wide, dstrat, "svychisq(~stype+sch.wide, dstrat)")
chi_add("chisq.apiclus1.stype.awards", ~stype + awards, dclus1, "svychisq(~stype+awards, dclus1)")
chi_add("chisq.hdv.sexe.occup", ~sexe + occup, dhdv, "svychisq(~sexe+occup, dhdv)")
chi_add("chisq.nhanes.race.RIAGENDR", ~race + RIAGENDR, dnh, "svychisq(~race+RIAGENDR, dnh)")

# 6. Calibration of apistrat to apipop margins: raking on stype and sch.wide; linear GREG on stype + api99.
pop_stype <- data.frame(table(stype = apipop$stype)); pop_sch <- data.frame(table(sch.wide = apipop$sch.wide))
raked <- rake(dstrat, list(~stype, ~sch.wide), list(pop_stype, pop_sch), control = list(maxit = 1000, epsilon = 1e-12))
craked <- calibrate(dstrat, list(~stype, ~sch.wide), list(pop_stype, pop_sch), calfun = "raking", epsilon = 1e-12, maxit = 1000)
pop_lin <- c(`(Intercept)` = nrow(apipop), stypeH = sum(apipop$stype == "H"), stypeM = sum(apipop$stype == "M"),
             api99 = sum(apipop$api99))
greg <- calibrate(dstrat, ~stype + api99, pop_lin)
bounded <- calibrate(dstrat, ~stype + api99, pop_lin, bounds = c(0.8, 1.2), calfun = "linear")
for (v in c("api00", "meals")) {
  m <- svymean(as.formula(paste0("~", v)), craked)
  add(paste0("rake.apistrat.mean.", v), "estimate", coef(m), "svymean(~v, calibrate(dstrat, list(~stype,~sch.wide), margins, calfun='raking'))")
  add(paste0("rake.apistrat.mean.", v), "se", SE(m), "SE: calibrate(calfun='raking') residual linearisation")
  m2 <- svymean(as.formula(paste0("~", v)), raked)
  add(paste0("rake.apistrat.mean.", v), "estimate_rake", coef(m2), "svymean(~v, rake(dstrat, ..., control=list(maxit=1000, epsilon=1e-12)))")
  m3 <- svymean(as.formula(paste0("~", v)), greg)
  add(paste0("greg.apistrat.mean.", v), "estimate", coef(m3), "svymean(~v, calibrate(dstrat, ~stype+api99, pop))")
  add(paste0("greg.apistrat.mean.", v), "se", SE(m3), "svymean(~v, calibrate(dstrat, ~stype+api99, pop))")
  t3 <- svytotal(as.formula(paste0("~", v)), greg)
  add(paste0("greg.apistrat.total.", v), "estimate", coef(t3), "svytotal(~v, calibrate(dstrat, ~stype+api99, pop))")
  add(paste0("greg.apistrat.total.", v), "se", SE(t3), "svytotal(~v, calibrate(dstrat, ~stype+api99, pop))")
}
write.csv(data.frame(row = seq_len(nrow(apistrat)), rake = weights(raked), rake_calibrate = weights(craked),
                     greg = weights(greg), greg_bounded = weights(bounded)),
          file.path(out_dir, "calibrated_weights_apistrat.csv"), row.names = FALSE)

# 7. Lonely PSU: nhanes without PSU 2 of stratum 83 (that stratum keeps one PSU).
lonely <- subset(nhanes, !(SDMVSTRA == 83 & SDMVPSU == 2))
for (opt in c("adjust", "certainty")) {
  options(survey.lonely.psu = opt)
  dl <- svydesign(id = ~SDMVPSU, strata = ~SDMVSTRA, weights = ~WTMEC2YR, nest = TRUE, data = lonely)
  m <- svymean(~HI_CHOL, dl, na.rm = TRUE)
  add(paste0("lonely.", opt, ".nhanes.HI_CHOL"), "estimate", coef(m), paste0("options(survey.lonely.psu='", opt, "'); svymean(~HI_CHOL, design without PSU 2 of stratum 83)"))
  add(paste0("lonely.", opt, ".nhanes.HI_CHOL"), "se", SE(m), "same")
  t <- svytotal(~WTMEC2YR, dl)
  add(paste0("lonely.", opt, ".nhanes.total.WTMEC2YR"), "se", SE(t), "svytotal(~WTMEC2YR, same design)")
}
options(survey.lonely.psu = "fail")

# 8. Multi-response: the first three hobbies answered "Oui" among seven, in this order (derived from hdv2003).
hobbies <- c("cuisine", "bricol", "cinema", "sport", "lecture.bd", "peche.chasse", "hard.rock")
pick <- t(apply(hdv[, hobbies], 1, function(r) { h <- hobbies[r == "Oui"]; c(h, NA, NA, NA)[1:3] }))
prio <- data.frame(id = hdv$id, c1 = pick[, 1], c2 = pick[, 2], c3 = pick[, 3], stringsAsFactors = FALSE)
write.csv(prio, file.path(out_dir, "hdv2003_priorities.csv"), row.names = FALSE, na = "")
hdvm <- cbind(hdv, prio[, c("c1", "c2", "c3")])
dm <- svydesign(id = ~1, weights = ~poids, data = hdvm)
base <- subset(dm, !is.na(c1))
for (h in hobbies) {
  cited <- svymean(~I(as.numeric((!is.na(c1) & c1 == h) | (!is.na(c2) & c2 == h) | (!is.na(c3) & c3 == h))), base)
  add(paste0("multi.hdv.cited.", h), "estimate", coef(cited), "svymean(~I(c1==h|c2==h|c3==h), subset(dm, !is.na(c1)))")
  add(paste0("multi.hdv.cited.", h), "se", SE(cited), "same")
  first <- svymean(~I(as.numeric(c1 == h)), base)
  add(paste0("multi.hdv.first.", h), "estimate", coef(first), "svymean(~I(c1==h), subset(dm, !is.na(c1)))")
  add(paste0("multi.hdv.first.", h), "se", SE(first), "same")
  fem <- subset(base, sexe == "Femme")
  cf <- svymean(~I(as.numeric((!is.na(c1) & c1 == h) | (!is.na(c2) & c2 == h) | (!is.na(c3) & c3 == h))), fem)
  add(paste0("multi.hdv.cited.", h, ".sexe=Femme"), "estimate", coef(cf), "svymean(..., subset(dm, !is.na(c1) & sexe=='Femme'))")
  add(paste0("multi.hdv.cited.", h, ".sexe=Femme"), "se", SE(cf), "same")
}

out <- do.call(rbind, rows)
write.csv(out, file.path(out_dir, "extra_references_R_survey.csv"), row.names = FALSE)
cat("wrote", nrow(out), "reference values\n")
