"""The e-invoice of an issued invoice or credit note: its preview, its checks in plain words, Save as…"""
