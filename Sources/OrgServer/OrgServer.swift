import OrgModel
