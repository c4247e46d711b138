import GRDB
import OrgModel
