import OrgModel
import Testing
