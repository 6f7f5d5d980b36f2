# statistics: means, medians, modes, variance/stdev (exact sums, results
# to the last bit), quantiles, covariance/correlation/linear_regression,
# NormalDist, the errors.
import statistics
from fractions import Fraction
s = statistics
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(s.mean([1, 2, 3, 4, 4]), s.mean(data), s.mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3)]), s.mean([1, 2.5]), s.mean(range(10)))
print(s.fmean([3.5, 4.0, 5.25]), s.fmean([1, 2, 3], weights=[3, 2, 1]), s.geometric_mean([54, 24, 36]), s.harmonic_mean([40, 60]), s.harmonic_mean([40, 60], weights=[5, 30]))
print(s.median([1, 3, 5]), s.median([1, 3, 5, 7]), s.median_low([1, 3, 5, 7]), s.median_high([1, 3, 5, 7]), s.median_grouped([52, 52, 53, 54]), s.median_grouped([1, 3, 3, 5, 7], interval=2))
print(s.mode([1, 1, 2, 3, 3, 3, 3, 4]), s.mode(["red", "blue", "blue"]), s.multimode("aabbbbccddddeeffffgg"), s.multimode([]))
print(s.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), s.variance([1, 2, 3, 4]), s.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), s.variance([Fraction(1, 4), Fraction(5, 4)]))
print(s.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), s.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), s.stdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), s.variance(data, s.mean(data)))
print(s.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(s.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), s.quantiles(range(1, 11)))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(s.covariance(x, y), s.correlation(x, x[::-1]), s.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
for fn, arg in [(s.mean, []), (s.median, []), (s.mode, []), (s.variance, [1]), (s.stdev, [1]), (s.pvariance, []), (s.quantiles, [1])]:
    try: fn(arg)
    except s.StatisticsError as e: print("StatisticsError", e)
try: s.harmonic_mean([1, -1])
except s.StatisticsError as e: print("StatisticsError", e)
try: s.correlation([1, 1], [1, 2])
except s.StatisticsError as e: print("StatisticsError", e)
nd = s.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(130), 10), round(nd.inv_cdf(0.9), 10), round(nd.pdf(100), 12), [round(q, 6) for q in nd.quantiles()])
print(nd + 5, nd * 2, round(nd.overlap(s.NormalDist(110, 15)), 10), nd.zscore(130), s.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(issubclass(s.StatisticsError, ValueError), type(s.mean([1, 2])), type(s.mean([1, 3])), type(s.median([1, 3])))
