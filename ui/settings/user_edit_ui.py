# generated — do not edit; run `python -m tools.build_forms`
# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_edit.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserEditDialog(object):
    def setupUi(self, UserEditDialog):
        if not UserEditDialog.objectName():
            UserEditDialog.setObjectName(u"UserEditDialog")
        UserEditDialog.resize(460, 320)
        self.mainLayout = QVBoxLayout(UserEditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.loginLabel = QLabel(UserEditDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(UserEditDialog)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setMaxLength(31)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.loginError = QLabel(UserEditDialog)
        self.loginError.setObjectName(u"loginError")
        self.loginError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.loginError)

        self.nameLabel = QLabel(UserEditDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(UserEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(UserEditDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(UserEditDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.scopeLabel = QLabel(UserEditDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeCombo = QComboBox(UserEditDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scopeCombo)

        self.departmentLabel = QLabel(UserEditDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(UserEditDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setEditable(True)
        self.departmentCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.passwordLabel = QLabel(UserEditDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(UserEditDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(UserEditDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(UserEditDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.passwordError = QLabel(UserEditDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.passwordError)


        self.mainLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(UserEditDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.messageLabel = QLabel(UserEditDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(UserEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.loginEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.loginEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.scopeCombo)
        QWidget.setTabOrder(self.scopeCombo, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(UserEditDialog)
        self.buttonBox.accepted.connect(UserEditDialog.accept)
        self.buttonBox.rejected.connect(UserEditDialog.reject)

        QMetaObject.connectSlotsByName(UserEditDialog)
    # setupUi

    def retranslateUi(self, UserEditDialog):
        UserEditDialog.setWindowTitle(QCoreApplication.translate("UserEditDialog", u"User", None))
        self.loginLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Login:", None))
        self.loginEdit.setPlaceholderText(QCoreApplication.translate("UserEditDialog", u"Latin letters, digits and _, e.g. IVANOV", None))
        self.nameLabel.setText(QCoreApplication.translate("UserEditDialog", u"Full &name:", None))
        self.roleLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Role:", None))
        self.scopeLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Sees:", None))
        self.departmentLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Department:", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("UserEditDialog", u"R&epeat password:", None))
    # retranslateUi

