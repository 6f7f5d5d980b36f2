from dateutil import parser, relativedelta
import datetime
print(parser.parse("2003-09-25T10:49:41"))
print(datetime.date(2020, 1, 31) + relativedelta.relativedelta(months=1))
